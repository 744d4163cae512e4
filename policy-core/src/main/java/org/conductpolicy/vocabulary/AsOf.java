package org.conductpolicy.vocabulary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day the question is asked. The engine inserts exactly one into every session, so that rules
 * never read the clock.
 *
 * @param date the day
 */
public record AsOf(LocalDate date) {
    public AsOf {
        Objects.requireNonNull(date, "date");
    }
}
