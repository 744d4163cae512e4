package org.conductpolicy.rules.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.ActionTaken;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Training;

/** What recording an action as done does to the decision: it takes away that action and no other. */
final class DoneProperties {
    /** How many of a decision's actions each history records as done, one at a time, to keep it quick. */
    private static final int ACTIONS_TRIED = 3;

    private DoneProperties() {}

    // action-taken (policy-core/docs/case-files.md): a record that an action with no fact of its own was
    // done clears exactly that action.
    static final PolicyProperty RECORDED_DONE_REMOVES_THAT_ACTION_ALONE = PolicyProperty.of(
            "over the governance histories, recording a proposed action as done with an action-taken removes"
                    + " that action and no other",
            GovernanceHistories.histories(),
            DoneProperties::recordedDoneRemovesThatActionAlone);

    private static Optional<String> recordedDoneRemovesThatActionAlone(PolicyEngine engine, History history) {
        Decision before = history.decideWith(engine);
        List<Action> recordable = before.actions().stream()
                .filter(action -> action.type().clearedByActionTaken())
                .limit(ACTIONS_TRIED)
                .toList();
        for (Action done : recordable) {
            History recorded = history.then(history.asOf(), ActionTaken.of(done, history.asOf()));
            List<Action> expected = new ArrayList<>(before.actions());
            expected.remove(done);
            List<Action> after = recorded.decideWith(engine).actions();
            if (!after.equals(expected)) {
                return Optional.of("recording " + done + " as done left " + after + ", not " + expected);
            }
        }
        return Optional.empty();
    }

    /**
     * The actions shown done by a fact of their own that follows from nothing else and brings nothing else:
     * a letter logged ends its {@code log-communication}; one password change ends every
     * {@code change-password} of that platform due on or after it (it answers every trigger of the
     * platform on or before its day); one training ends the person's {@code train}. The others are left
     * out because their fact rightly brings or ends other actions: a sanction for {@code warn} opens a
     * window and answers every breach before it, a hearing brings the decision, a sign-off brings the
     * logging, a decision or referral ends the routings and hearings (policy-rules/docs/property-tests.md).
     */
    private static final Set<ActionType> SHOWN_DONE_BY_THEIR_OWN_FACT =
            Set.of(ActionType.LOG_COMMUNICATION, ActionType.CHANGE_PASSWORD, ActionType.TRAIN);

    // policy-core/docs/case-files.md, "What shows an action done": the action's own fact clears it.
    static final PolicyProperty OWN_FACT_REMOVES_THAT_ACTION_ALONE = PolicyProperty.of(
            "over the governance histories, recording a proposed log-communication, change-password or train"
                    + " done by its own fact, on the day asked about, removes that action (a change-password,"
                    + " every one of that platform) and no other",
            GovernanceHistories.histories(),
            DoneProperties::ownFactRemovesThatActionAlone);

    private static Optional<String> ownFactRemovesThatActionAlone(PolicyEngine engine, History history) {
        Decision before = history.decideWith(engine);
        List<Action> recordable = before.actions().stream()
                .filter(action -> SHOWN_DONE_BY_THEIR_OWN_FACT.contains(action.type()))
                .limit(ACTIONS_TRIED)
                .toList();
        for (Action done : recordable) {
            List<Action> answered = before.actions().stream()
                    .filter(action -> answers(done, action))
                    .toList();
            // SEC-5: a change after the deadline of another trigger it answers is late, and reviewed.
            if (answered.stream().anyMatch(action -> action.due().isBefore(history.asOf()))) {
                continue;
            }
            History recorded = shownDone(history, done);
            List<Action> expected = new ArrayList<>(before.actions());
            expected.removeAll(answered);
            List<Action> after = recorded.decideWith(engine).actions();
            if (!after.equals(expected)) {
                return Optional.of("recording " + done + " done by its own fact left " + after + ", not " + expected);
            }
        }
        return Optional.empty();
    }

    /** Whether the fact that shows {@code done} done also shows {@code other} done: the same letter, platform or person. */
    private static boolean answers(Action done, Action other) {
        ActionField key = switch (done.type()) {
            case LOG_COMMUNICATION -> ActionField.COMMUNICATION;
            case CHANGE_PASSWORD -> ActionField.PLATFORM;
            default -> ActionField.PERSON;
        };
        return other.type() == done.type() && other.text(key).equals(done.text(key));
    }

    /** The history with the fact that shows {@code done} done, on the day asked about. */
    private static History shownDone(History history, Action done) {
        String id = done.text(ActionField.COMMUNICATION)
                .or(() -> done.text(ActionField.PLATFORM))
                .or(() -> done.text(ActionField.PERSON))
                .orElseThrow();
        return switch (done.type()) {
            case LOG_COMMUNICATION -> history.mapFacts(fact -> logged(fact, id));
            case CHANGE_PASSWORD -> history.then(history.asOf(), new PasswordChange(id, history.asOf()));
            default -> history.then(history.asOf(), new Training(id, history.asOf()));
        };
    }

    private static Fact logged(Fact fact, String letter) {
        return fact instanceof Communication communication && communication.id().equals(letter)
                ? new Communication(
                        communication.id(),
                        communication.person(),
                        communication.on(),
                        communication.about(),
                        communication.signedOffBy(),
                        true)
                : fact;
    }
}
