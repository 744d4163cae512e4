package org.conductpolicy.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

    /** The types of the actions decided, in order: a compact thing to assert on. */
    static List<ActionType> types(Decision decision) {
        return decision.actions().stream().map(Action::type).toList();
    }
}
