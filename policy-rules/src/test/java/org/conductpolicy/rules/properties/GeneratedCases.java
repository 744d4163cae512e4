package org.conductpolicy.rules.properties;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Case;
import org.quicktheories.core.Gen;

/**
 * Cases drawn from the generators the properties are checked over, for callers outside this package: the
 * concurrency tests and the batch benchmarks. Half are ladder histories ({@link Histories}), half
 * governance histories (appeals, passwords, records, offices: {@link GovernanceHistories}), alternating; the
 * same count and seed give the same cases.
 */
public final class GeneratedCases {
    private GeneratedCases() {}

    /** {@code count} generated cases from {@code seed}. */
    public static List<Case> of(int count, long seed) {
        List<Case> ladder = drawn(Histories.histories(), (count + 1) / 2, seed);
        List<Case> governance = drawn(GovernanceHistories.histories(), count / 2, seed);
        List<Case> cases = new ArrayList<>(count);
        for (int at = 0; cases.size() < count; at++) {
            cases.add(ladder.get(at % ladder.size()));
            if (cases.size() < count && !governance.isEmpty()) {
                cases.add(governance.get(at % governance.size()));
            }
        }
        return List.copyOf(cases);
    }

    private static List<Case> drawn(Gen<History> histories, int count, long seed) {
        List<Case> cases = new ArrayList<>(count);
        if (count == 0) {
            return cases;
        }
        qt().withFixedSeed(seed)
                .withExamples(count)
                .withShrinkCycles(0)
                .forAll(histories)
                .checkAssert(history -> cases.add(new Case(history.asOf(), history.facts())));
        return cases;
    }
}
