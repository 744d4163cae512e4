package org.conductpolicy.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import java.util.TreeMap;
import org.conductpolicy.api.CheckedFacts;
import org.junit.jupiter.api.Test;

/**
 * The histories in which the procedure is followed ({@link FollowedHistories}) are valid input, and each
 * fault {@link ReviewProperties} injects can be injected into many of the histories its property sees, so
 * that the property checks every review problem on every build, not by luck.
 */
class FollowedHistoriesTest {
    /** The share (in percent) of the property's histories into which each fault must be injectable. */
    private static final int AT_LEAST_PERCENT = 3;

    @Test // INT-15
    void every_fault_the_audit_property_injects_is_injectable_into_some_of_its_histories() {
        PolicyProperty property = ReviewProperties.THE_PROCEDURE_FOLLOWED_LEAVES_NOTHING_TO_REVIEW;
        int examples = property.examples(PropertyRun.examples());
        Map<String, Integer> seen = new TreeMap<>();
        qt().withFixedSeed(PropertyRun.seed())
                .withExamples(examples)
                .forAll(property.histories())
                .checkAssert(history -> {
                    CheckedFacts.check(history.asOf(), history.facts());
                    ReviewProperties.faults(history).forEach(fault -> seen.merge(fault.kind(), 1, Integer::sum));
                });
        System.out.println("Faults injectable over " + examples + " followed histories: " + seen);

        assertThat(seen.keySet()).hasSize(12);
        assertThat(seen)
                .allSatisfy((kind, count) -> assertThat(count * 100)
                        .as("histories into which %s can be injected", kind)
                        .isGreaterThanOrEqualTo(AT_LEAST_PERCENT * examples));
    }
}
