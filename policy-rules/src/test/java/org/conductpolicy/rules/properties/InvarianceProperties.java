package org.conductpolicy.rules.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Standing;

/** Changes to a history that must not change the decision: standing, order, overturned sanctions. */
final class InvarianceProperties {
    private InvarianceProperties() {}

    // PUB-1
    static final PolicyProperty STANDING_CHANGES_NOTHING = PolicyProperty.of(
            "flipping every person's standing changes no action", InvarianceProperties::standingChangesNothing);

    static final PolicyProperty ORDER_CHANGES_NOTHING = PolicyProperty.of(
            "any shuffle of the facts gives an equal decision", InvarianceProperties::orderChangesNothing);

    // PUB-1, over the governance histories: no appeal, complaint, password, access, record, letter,
    // crisis or post is decided by the standing of the people in it.
    static final PolicyProperty STANDING_CHANGES_NOTHING_IN_GOVERNANCE = PolicyProperty.of(
            "over the governance histories, flipping every person's standing changes no action",
            GovernanceHistories.histories(),
            InvarianceProperties::standingChangesNothing);

    static final PolicyProperty ORDER_CHANGES_NOTHING_IN_GOVERNANCE = PolicyProperty.of(
            "over the governance histories, any shuffle of the facts gives an equal decision",
            GovernanceHistories.histories(),
            InvarianceProperties::orderChangesNothing);

    // INT-6
    static final PolicyProperty OVERTURNED_SANCTION_IS_INVISIBLE = PolicyProperty.of(
            "removing an overturned sanction and its appeal changes no ladder action",
            InvarianceProperties::overturnedSanctionIsInvisible);

    private static Optional<String> standingChangesNothing(PolicyEngine engine, History history) {
        History flipped = history.mapFacts(fact -> fact instanceof Person person
                ? new Person(person.id(), person.standing() == Standing.MEMBER ? Standing.PUBLIC : Standing.MEMBER)
                : fact);
        return differ(history.decideWith(engine), flipped.decideWith(engine), "with every standing flipped");
    }

    private static Optional<String> orderChangesNothing(PolicyEngine engine, History history) {
        Decision asGiven = history.decideWith(engine);
        List<Fact> reversed = new ArrayList<>(history.facts());
        Collections.reverse(reversed);
        // Shuffles seeded from the history itself, so that a failure replays exactly.
        Random random = new Random(history.asCaseFile().hashCode());
        Optional<String> failure = differ(asGiven, history.reordered(reversed).decideWith(engine), "in reverse order");
        for (int shuffle = 0; shuffle < 2 && failure.isEmpty(); shuffle++) {
            List<Fact> shuffled = new ArrayList<>(history.facts());
            Collections.shuffle(shuffled, random);
            failure = differ(asGiven, history.reordered(shuffled).decideWith(engine), "shuffled " + shuffled);
        }
        return failure;
    }

    private static Optional<String> overturnedSanctionIsInvisible(PolicyEngine engine, History history) {
        ReferenceLadder ladder = ReferenceLadder.of(history.facts());
        Set<String> overturned = history.factsOf(Sanction.class)
                .filter(sanction -> !ladder.counts(sanction))
                .map(Sanction::id)
                .collect(Collectors.toSet());
        if (overturned.isEmpty()) {
            return Optional.empty();
        }
        Set<String> theirAppeals = history.factsOf(Appeal.class)
                .filter(appeal -> overturned.contains(appeal.sanction()))
                .map(Appeal::id)
                .collect(Collectors.toSet());
        // The incident an overturned sanction answered stays answered (the EC has decided on it), so it
        // goes too; what remains must be decided as if neither had ever been.
        Set<String> theirIncidents = history.factsOf(Sanction.class)
                .filter(sanction -> overturned.contains(sanction.id()) && sanction.incident() != null)
                .map(Sanction::incident)
                .collect(Collectors.toSet());
        History without =
                history.without(fact -> (fact instanceof Sanction sanction && overturned.contains(sanction.id()))
                        || (fact instanceof Appeal appeal && theirAppeals.contains(appeal.id()))
                        || (fact instanceof Hearing hearing && theirAppeals.contains(hearing.appeal()))
                        || (fact instanceof AppealDecision decision && theirAppeals.contains(decision.appeal()))
                        || (fact instanceof Incident incident && theirIncidents.contains(incident.id())));
        List<ProposedAction> with = LadderProperties.ladderActions(history.decideWith(engine));
        List<ProposedAction> after = LadderProperties.ladderActions(without.decideWith(engine));
        return with.equals(after)
                ? Optional.empty()
                : Optional.of("with the overturned sanctions " + overturned + " the rules propose " + with
                        + ", without them " + after);
    }

    private static Optional<String> differ(Decision expected, Decision actual, String how) {
        return expected.equals(actual)
                ? Optional.empty()
                : Optional.of("decided " + expected.actions() + " but " + how + " " + actual.actions());
    }
}
