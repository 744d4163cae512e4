package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.fact.Fact;

/**
 * {@link ReferenceLadder}, the plain-Java floor, for callers outside this package: the benchmarks measure it
 * beside the engine in the same run.
 */
public final class ReferenceDecisions {
    private ReferenceDecisions() {}

    /** What the conduct table and the ladder propose for the facts on the day (as {@link ReferenceLadder#decide}). */
    public static List<?> ofTheLadder(LocalDate asOf, List<? extends Fact> facts) {
        return ReferenceLadder.of(facts).decide(asOf);
    }
}
