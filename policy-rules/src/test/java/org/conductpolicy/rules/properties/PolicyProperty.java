package org.conductpolicy.rules.properties;

import java.util.Optional;
import java.util.function.BiFunction;
import org.conductpolicy.api.PolicyEngine;

/**
 * One invariant of the policy, checked for one history against one engine (the built-in rules or a
 * mutant). Properties of rule files still to come (appeals, passwords, records) plug in by implementing
 * this and joining {@link PolicyProperties#ALL}.
 */
interface PolicyProperty {
    /** The invariant, as a sentence. */
    String name();

    /** Why the history breaks the invariant under {@code engine}, or nothing when it holds. */
    Optional<String> check(PolicyEngine engine, History history);

    static PolicyProperty of(String name, BiFunction<PolicyEngine, History, Optional<String>> check) {
        return new PolicyProperty() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> check(PolicyEngine engine, History history) {
                return check.apply(engine, history);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
