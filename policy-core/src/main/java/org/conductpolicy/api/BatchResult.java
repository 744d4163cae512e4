package org.conductpolicy.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a batch ({@link PolicyEngine#decideAll}) made of one case: its decision, or why it could not be
 * decided. Exactly one of {@link #decision()} and {@link #failure()} is present.
 *
 * @param index the case's place in the input, counting from 0
 * @param decision the case's decision, when it could be decided
 * @param failure why the case could not be decided (the {@link PolicyException} that {@link
 *     PolicyEngine#decide} would throw for it: invalid facts, a limit, the bound on firings or a failing
 *     rule), when it could not
 */
public record BatchResult(long index, Optional<Decision> decision, Optional<PolicyException> failure) {
    public BatchResult {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(failure, "failure");
        if (decision.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a batch result has a decision or a failure, not both or neither");
        }
    }

    /** The case at {@code index} was decided. */
    public static BatchResult decided(long index, Decision decision) {
        return new BatchResult(index, Optional.of(decision), Optional.empty());
    }

    /** The case at {@code index} could not be decided. */
    public static BatchResult failed(long index, PolicyException failure) {
        return new BatchResult(index, Optional.empty(), Optional.of(failure));
    }
}
