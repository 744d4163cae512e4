package org.conductpolicy.rules.properties;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.conductpolicy.api.PolicyEngine;
import org.quicktheories.core.Gen;

/**
 * One invariant of the policy, checked for one history against one engine (the built-in rules or a
 * mutant), over the histories of the generator that fits it. New properties plug in by implementing this
 * and joining {@link PolicyProperties#ALL}.
 */
interface PolicyProperty {
    /** The invariant, as a sentence. */
    String name();

    /** The clauses the invariant holds the rules to, by id; none for one of the engine's own promises. */
    default List<String> clauses() {
        return List.of();
    }

    /** The histories the invariant is checked over: the ladder's, unless the property says otherwise. */
    default Gen<History> histories() {
        return Histories.histories();
    }

    /** Why the history breaks the invariant under {@code engine}, or nothing when it holds. */
    Optional<String> check(PolicyEngine engine, History history);

    /**
     * How many histories a run that asks for {@code requested} checks: as many, unless the property's
     * histories are costly to make (each decided many times as it is simulated), when it checks fewer.
     */
    default int examples(int requested) {
        return requested;
    }

    /** This property, holding the rules to {@code clauses}: clause ids separated by commas. */
    default PolicyProperty citing(String clauses) {
        List<String> ids = List.of(clauses.split(",\\s*"));
        return new Delegating(this) {
            @Override
            public List<String> clauses() {
                return ids;
            }
        };
    }

    /** This property checked over one in {@code share} of the histories a run asks for (at least one). */
    default PolicyProperty overOneIn(int share) {
        return new Delegating(this) {
            @Override
            public int examples(int requested) {
                return Math.max(1, super.examples(requested) / share);
            }
        };
    }

    /** A property that is another in all but what it overrides. */
    abstract class Delegating implements PolicyProperty {
        private final PolicyProperty property;

        Delegating(PolicyProperty property) {
            this.property = property;
        }

        @Override
        public String name() {
            return property.name();
        }

        @Override
        public List<String> clauses() {
            return property.clauses();
        }

        @Override
        public Gen<History> histories() {
            return property.histories();
        }

        @Override
        public Optional<String> check(PolicyEngine engine, History history) {
            return property.check(engine, history);
        }

        @Override
        public int examples(int requested) {
            return property.examples(requested);
        }

        @Override
        public String toString() {
            return property.toString();
        }
    }

    static PolicyProperty of(String name, BiFunction<PolicyEngine, History, Optional<String>> check) {
        return of(name, Histories.histories(), check);
    }

    /** A property checked over {@code histories} rather than the ladder's. */
    static PolicyProperty of(
            String name, Gen<History> histories, BiFunction<PolicyEngine, History, Optional<String>> check) {
        return new PolicyProperty() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Gen<History> histories() {
                return histories;
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
