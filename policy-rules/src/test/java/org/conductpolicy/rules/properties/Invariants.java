package org.conductpolicy.rules.properties;

import java.util.List;
import org.conductpolicy.api.PolicyEngine;

/**
 * The policy's invariants, shipped with the command line so that an officer can check an edited rule
 * folder against them ({@code policy verify}): the same generators, reference models and properties the
 * build checks the built-in rules with (policy-rules/docs/property-tests.md).
 *
 * <p>This is the one public type of the property tests. It is published in {@code policy-rules}' test jar
 * for the command line; a host deciding cases does not need it.
 */
public final class Invariants {
    private Invariants() {}

    /** An invariant an engine breaks, with the smallest history found that shows it. */
    public record Broken(String invariant, List<String> clauses, String reason, String counterexample) {
        public Broken {
            clauses = List.copyOf(clauses);
        }
    }

    /** The invariants, as sentences, in the order {@link #check} checks them. */
    public static List<String> names() {
        return PolicyProperties.INVARIANTS.stream().map(PolicyProperty::name).toList();
    }

    /**
     * Checks every invariant against {@code engine} over {@code examples} generated histories each, from
     * {@code seed} (the same seed always gives the same histories).
     *
     * @return the invariants broken, in the order of {@link #names()}; empty when all hold
     * @throws org.conductpolicy.api.PolicyException when the engine fails on a history rather than
     *     deciding it
     */
    public static List<Broken> check(PolicyEngine engine, int examples, long seed) {
        if (examples < 1) {
            throw new IllegalArgumentException("examples must be at least 1, not " + examples);
        }
        return PolicyProperties.INVARIANTS.stream()
                .flatMap(property -> PropertyRun.falsify(property, engine, examples, seed).stream()
                        .map(found -> new Broken(
                                property.name(),
                                property.clauses(),
                                found.reason(),
                                found.history().asCaseFile())))
                .toList();
    }

    /** The seed the build's own property run uses. */
    public static long defaultSeed() {
        return PropertyRun.DEFAULT_SEED;
    }

    /** A history on which a property fails, and why. */
    record Falsified(History history, String reason) {}
}
