package org.conductpolicy.rules.properties;

import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.conductpolicy.api.PolicyEngine;

/**
 * Checks a property over generated histories with QuickTheories. The number of histories and the seed
 * are read from system properties, so that a deeper run or a replay needs no code change:
 * {@code -Dpolicy.examples=N} (default 1,000), {@code -Dpolicy.seed=S} (default fixed, so builds are
 * repeatable). A property whose histories are costly to make checks a share of the number asked for
 * ({@link PolicyProperty#examples(int)}). A failure shrinks, then reports the seed and the smallest
 * history as a case file.
 */
final class PropertyRun {
    /** The seed every run uses unless {@code -Dpolicy.seed} says otherwise. */
    static final long DEFAULT_SEED = 20_251_125L;

    private PropertyRun() {}

    static int examples() {
        return Integer.getInteger("policy.examples", 1_000);
    }

    static long seed() {
        return Long.getLong("policy.seed", DEFAULT_SEED);
    }

    /** Fails with the seed and the smallest failing history when the property does not hold. */
    static void check(PolicyProperty property, PolicyEngine engine, int examples) {
        check(property, engine, examples, 10_000);
    }

    /** As {@link #check(PolicyProperty, PolicyEngine, int)}, shrinking less, which is all a mutant needs. */
    static void check(PolicyProperty property, PolicyEngine engine, int examples, int shrinkCycles) {
        qt().withFixedSeed(seed())
                .withExamples(property.examples(examples))
                .withShrinkCycles(shrinkCycles)
                .forAll(property.histories())
                .describedAs(history -> "\n" + history.asCaseFile())
                .checkAssert(history -> property.check(engine, history).ifPresent(failure -> {
                    throw new PropertyFailure(property.name() + ": " + failure);
                }));
    }

    /**
     * The smallest history found on which {@code property} fails under {@code engine}, over {@code
     * examples} histories from {@code seed}, and why; nothing when it holds. An engine failing on a history
     * is not the property failing: that is thrown as it came.
     */
    static Optional<Invariants.Falsified> falsify(
            PolicyProperty property, PolicyEngine engine, int examples, long seed) {
        AtomicReference<History> reported = new AtomicReference<>();
        try {
            qt().withFixedSeed(seed)
                    .withExamples(property.examples(examples))
                    .withShrinkCycles(10_000)
                    .forAll(property.histories())
                    // QuickTheories describes the smallest failing history it found, last: that is the one.
                    .describedAs(history -> {
                        reported.set(history);
                        return history.name();
                    })
                    .checkAssert(history -> property.check(engine, history).ifPresent(failure -> {
                        throw new PropertyFailure(failure);
                    }));
            return Optional.empty();
        } catch (AssertionError failure) {
            if (!isPropertyFailure(failure) || reported.get() == null) {
                throw failure;
            }
            History smallest = reported.get();
            String reason = property.check(engine, smallest).orElseThrow(() -> failure);
            return Optional.of(new Invariants.Falsified(smallest, reason));
        }
    }

    /**
     * Whether {@code failure} reports the property not holding, rather than the engine failing on a
     * history (which QuickTheories reports the same way).
     */
    static boolean isPropertyFailure(AssertionError failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PropertyFailure) {
                return true;
            }
        }
        return String.valueOf(failure.getMessage()).contains(PropertyFailure.class.getName());
    }

    /** A property's failure: its message says all, so it carries no stack trace to bury the case file. */
    private static final class PropertyFailure extends AssertionError {
        PropertyFailure(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
