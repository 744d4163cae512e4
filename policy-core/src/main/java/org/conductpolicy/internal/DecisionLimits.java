package org.conductpolicy.internal;

import java.util.HashMap;
import java.util.Map;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Reference;

/**
 * The limits of one decision, checked before a session is opened and after the rules have fired, so that a
 * case too large, or rules that do not settle, are refused with a {@link PolicyException} that names the
 * limit and the count, rather than running out of memory or time. The limits are {@link
 * PolicyEngine#MAX_FACTS_PER_CASE}, {@link PolicyEngine#MAX_FACTS_PER_PERSON} and the firing bound {@link
 * #firings(int)}; every one counts the case's facts or the rules' firings, never the clock, so whether a
 * case is refused does not depend on the machine or its load.
 */
final class DecisionLimits {
    /** Firings allowed whatever the facts: the fixed part of {@link #firings(int)}. */
    static final int BASE_FIRINGS = 10_000;

    /** Firings allowed for each fact given: the part of {@link #firings(int)} that grows with the case. */
    static final int FIRINGS_PER_FACT = 100;

    private DecisionLimits() {}

    /**
     * Refuses a case with more facts than a decision takes, or with more facts naming one person.
     *
     * @throws PolicyException naming the limit, the count and, for a person, nothing that identifies them
     */
    static void check(CheckedFacts facts) {
        if (facts.size() > PolicyEngine.MAX_FACTS_PER_CASE) {
            throw new PolicyException("the case has " + facts.size() + " facts, more than the limit of "
                    + PolicyEngine.MAX_FACTS_PER_CASE + " facts per case: decide it in smaller cases (one per person)");
        }
        Map<String, Integer> byPerson = new HashMap<>();
        for (Fact fact : facts) {
            if (fact.type() == FactType.PERSON) {
                count(byPerson, fact.id());
            }
            for (Reference reference : fact.references()) {
                if (reference.types().contains(FactType.PERSON)) {
                    count(byPerson, reference.id());
                }
            }
        }
        byPerson.values().stream().max(Integer::compare).ifPresent(most -> {
            if (most > PolicyEngine.MAX_FACTS_PER_PERSON) {
                // The person is not named: the message may be logged, and ids are personal.
                throw new PolicyException("one person is named by " + most + " facts, more than the limit of "
                        + PolicyEngine.MAX_FACTS_PER_PERSON + " facts per person");
            }
        });
    }

    private static void count(Map<String, Integer> byPerson, String person) {
        byPerson.merge(person, 1, Integer::sum);
    }

    /**
     * Firings allowed for a decision on {@code facts} facts: far more than the rules need (the built-in
     * rules fire 3 to 5 times a fact on the cases of RELIABILITY.md's size table), so that
     * reaching the bound means the rules loop. It is the decision's deadline: a count, not a time.
     */
    static int firings(int facts) {
        return BASE_FIRINGS + FIRINGS_PER_FACT * facts;
    }

    /**
     * Refuses a decision whose rules fired as often as they were allowed to without settling.
     *
     * @throws PolicyException naming the limit and the count
     */
    static void checkSettled(int fired, int allowed) {
        if (fired >= allowed) {
            throw new PolicyException("the rules fired " + fired + " times without settling, past the limit of "
                    + allowed + " firings for a case of this size (" + BASE_FIRINGS + " and " + FIRINGS_PER_FACT
                    + " a fact): they loop");
        }
    }
}
