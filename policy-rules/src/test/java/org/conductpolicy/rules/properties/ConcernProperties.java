package org.conductpolicy.rules.properties;

import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.PolicyEngine;

/**
 * The concerns that are neither the ladder nor appeals, passwords and records, each checked against
 * {@link ReferenceConcerns} over the governance histories: the rules propose exactly the actions of that
 * concern the plain-Java reading does, so that a broken rule in any concern is caught by a property.
 */
final class ConcernProperties {
    private ConcernProperties() {}

    // CMP-1 to CMP-4, CMP-6, CMP-7, ESC-6, INT-8
    static final PolicyProperty COMPLAINTS_AGREE_WITH_THE_REFERENCE = agreeing(
            "every complaint gets what its stage asks (routed, mediated, heard, told, referred) and a safeguarding"
                    + " concern is considered at every stage while the CLP holds it, as a plain-Java reference reads it",
            ReferenceConcerns.COMPLAINT_TYPES,
            action -> action.fields().containsKey(ActionField.COMPLAINT),
            (concerns, history) -> concerns.complaintActions());

    // OWN-1, OWN-2, OWN-3, INT-13, ROL-1, ROL-4, ROL-5
    static final PolicyProperty OWNERSHIP_AGREES_WITH_THE_REFERENCE = agreeing(
            "every domain not the CLP's and every website, email, page or account posing as the CLP's is"
                    + " transferred, every group"
                    + " posing as the CLP's taken down, and every CLP page short of 2 volunteer admins gets one,"
                    + " as a plain-Java reference reads it",
            ReferenceConcerns.OWNERSHIP_TYPES,
            action -> true,
            (concerns, history) -> concerns.ownershipActions(history.asOf()));

    // ESC-4, INT-10
    static final PolicyProperty LETTERS_AGREE_WITH_THE_REFERENCE = agreeing(
            "every letter not signed off by 2 admins of the platform it concerns on its day is to be signed off,"
                    + " and every one signed off but not logged is to be logged, as a plain-Java reference reads it",
            ReferenceConcerns.LETTER_TYPES,
            action -> true,
            (concerns, history) -> concerns.letterActions());

    // SM-4
    static final PolicyProperty CRISES_AGREE_WITH_THE_REFERENCE = agreeing(
            "every crisis goes to the SMO, then from the SMO to an EC officer, as a plain-Java reference reads it",
            ReferenceConcerns.CRISIS_TYPES,
            action -> true,
            (concerns, history) -> concerns.crisisActions());

    // BEH-2, BEH-3
    static final PolicyProperty SPEAKING_AGREES_WITH_THE_REFERENCE = agreeing(
            "every officer or admin speaking for the CLP off its pages is asked to post from the page, and nobody"
                    + " else, as a plain-Java reference reads it",
            ReferenceConcerns.SPEAKING_TYPES,
            action -> true,
            (concerns, history) -> concerns.speakingActions());

    private interface Expected {
        SortedSet<ProposedAction> of(ReferenceConcerns concerns, History history);
    }

    private static PolicyProperty agreeing(
            String name, Set<ActionType> types, Predicate<Action> also, Expected expected) {
        return PolicyProperty.of(name, GovernanceHistories.histories(), (engine, history) -> {
            SortedSet<ProposedAction> proposed =
                    proposed(engine, history, action -> types.contains(action.type()) && also.test(action));
            SortedSet<ProposedAction> wanted = expected.of(ReferenceConcerns.of(history.facts()), history);
            return proposed.equals(wanted)
                    ? Optional.empty()
                    : Optional.of("the rules propose " + proposed + " but the reference " + wanted + " (missing "
                            + difference(wanted, proposed) + ", extra " + difference(proposed, wanted) + ")");
        });
    }

    private static SortedSet<ProposedAction> proposed(PolicyEngine engine, History history, Predicate<Action> which) {
        SortedSet<ProposedAction> proposed = new TreeSet<>();
        history.decideWith(engine).actions().stream()
                .filter(which)
                .map(ProposedAction::of)
                .forEach(proposed::add);
        return proposed;
    }

    private static SortedSet<ProposedAction> difference(Set<ProposedAction> from, Set<ProposedAction> less) {
        SortedSet<ProposedAction> left = new TreeSet<>(from);
        left.removeAll(less);
        return left;
    }
}
