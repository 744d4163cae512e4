package org.conductpolicy.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Fact;

/** The built-in rules, compiled once for every test in the module, and small helpers to ask them. */
final class Rules {
    static final PolicyEngine ENGINE = PolicyEngine.withDefaultRules();

    private Rules() {}

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Decision decide(String asOf, Fact... facts) {
        return ENGINE.decide(day(asOf), Arrays.asList(facts));
    }

    static Decision decide(String asOf, List<? extends Fact> facts) {
        return ENGINE.decide(day(asOf), facts);
    }

    /** The ladder's and the conduct table's actions (ladder.drl). */
    static final Set<ActionType> LADDER = Set.copyOf(EnumSet.of(
            ActionType.NO_BREACH,
            ActionType.ADVISE,
            ActionType.CONSULT_ADMINS,
            ActionType.WARN,
            ActionType.BAN,
            ActionType.BAN_FOR_LIFE));

    /** An appeal's actions (appeals.drl), with the ladder's, on which appeals act. */
    static final Set<ActionType> APPEALS_AND_LADDER = union(
            LADDER,
            EnumSet.of(
                    ActionType.ROUTE_APPEAL, ActionType.HEAR, ActionType.DECIDE_APPEAL, ActionType.REFER_TO_NATIONAL));

    /**
     * The decision with only the actions of one concern: a test of the ladder need not list, say, the
     * {@code appoint-admin} that its platform without volunteer admins also needs.
     */
    static Decision concerning(Set<ActionType> concern, Decision decision) {
        return new Decision(
                decision.asOf(),
                decision.actions().stream()
                        .filter(action -> concern.contains(action.type()))
                        .toList());
    }

    private static Set<ActionType> union(Set<ActionType> one, Set<ActionType> other) {
        Set<ActionType> both = EnumSet.copyOf(one);
        both.addAll(other);
        return Set.copyOf(both);
    }

    /** The types of the actions decided, in order: a compact thing to assert on. */
    static List<ActionType> types(Decision decision) {
        return decision.actions().stream().map(Action::type).toList();
    }
}
