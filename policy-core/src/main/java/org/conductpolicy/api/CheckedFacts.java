package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.conductpolicy.api.fact.Fact;

/**
 * The facts of a case, checked together for a day: ids printable and unique within their type
 * ({@link #MAX_ID_LENGTH}), every reference
 * resolved, nothing dated after the day, and the orderings the rules rely on (a sanction no earlier
 * than its incident, a hearing or decision no earlier than its appeal or complaint). An immutable list
 * in the order given.
 *
 * <p>{@link PolicyEngine#decide} checks the facts it is given this way, and does not check again
 * facts already checked for the same day, so that a case read from a file is checked once.
 */
public final class CheckedFacts extends AbstractList<Fact> implements RandomAccess {
    /**
     * The most characters an id may have. An id is also printable: no control, bidi or zero-width
     * character, and not only spaces (of any kind).
     */
    public static final int MAX_ID_LENGTH = 100;

    /**
     * The first day a decision can be about, or a fact be dated: 1 January of the year 1. Days outside
     * {@code FIRST_DAY} to {@link #LAST_DAY} (such as {@link LocalDate#MAX}) are refused as invalid input,
     * since the rules' arithmetic on them (a window of months, a ban of days) would overflow, and case files
     * write years of four digits.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    /** The last day a decision can be about, or a fact be dated: 31 December 9999 (see {@link #FIRST_DAY}). */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final LocalDate asOf;
    private final List<Fact> facts;

    private CheckedFacts(LocalDate asOf, List<Fact> facts) {
        this.asOf = asOf;
        this.facts = facts;
    }

    /**
     * Checks the facts together as of {@code asOf}.
     *
     * @return the facts, in the order given; {@code facts} itself when it was already checked for {@code asOf}
     * @throws InvalidFactException for the first problem found, naming the fact's position (from 1), the
     *     fact and the field; a day outside {@link #FIRST_DAY} to {@link #LAST_DAY} is such a problem
     * @throws PolicyException when {@code asOf} is outside {@link #FIRST_DAY} to {@link #LAST_DAY}
     */
    public static CheckedFacts check(LocalDate asOf, Collection<? extends Fact> facts) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(facts, "facts");
        dayProblem(asOf).ifPresent(problem -> {
            throw new PolicyException("asOf " + problem);
        });
        if (facts instanceof CheckedFacts checked && checked.asOf.equals(asOf)) {
            return checked;
        }
        List<Fact> given = Collections.unmodifiableList(new ArrayList<>(facts));
        FactChecker.check(asOf, given);
        return new CheckedFacts(asOf, given);
    }

    /**
     * What is wrong with {@code day} as the day of a decision or of a fact: empty when it is from {@link
     * #FIRST_DAY} to {@link #LAST_DAY}, else the problem, as a field's would be worded ("is +10000-01-01,
     * outside ..."). A case-file reader uses it to refuse such a day where it is written.
     */
    public static Optional<String> dayProblem(LocalDate day) {
        if (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY)) {
            return Optional.empty();
        }
        return Optional.of(
                "is " + day + ", outside the days a decision can be about, " + FIRST_DAY + " to " + LAST_DAY);
    }

    /** The day the facts were checked for: none is dated after it. */
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public Fact get(int index) {
        return facts.get(index);
    }

    @Override
    public int size() {
        return facts.size();
    }
}
