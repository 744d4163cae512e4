package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.conductpolicy.api.fact.Fact;

/**
 * One case of a batch ({@link PolicyEngine#decideAll}): the day the question is asked and everything known,
 * as {@link PolicyEngine#decide} takes them. Facts already checked for {@code asOf} ({@link CheckedFacts},
 * such as a case file's) stay checked, so that the engine does not check them again.
 *
 * @param asOf the day the question is asked
 * @param facts everything known, in any order
 */
public record Case(LocalDate asOf, List<Fact> facts) {
    public Case {
        Objects.requireNonNull(asOf, "asOf");
        facts = facts instanceof CheckedFacts checked ? checked : List.copyOf(facts);
    }
}
