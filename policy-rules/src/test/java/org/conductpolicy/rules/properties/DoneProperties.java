package org.conductpolicy.rules.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.ActionTaken;

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
}
