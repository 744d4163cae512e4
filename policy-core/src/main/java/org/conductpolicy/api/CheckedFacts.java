package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
     *     fact and the field
     */
    public static CheckedFacts check(LocalDate asOf, Collection<? extends Fact> facts) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(facts, "facts");
        if (facts instanceof CheckedFacts checked && checked.asOf.equals(asOf)) {
            return checked;
        }
        List<Fact> given = Collections.unmodifiableList(new ArrayList<>(facts));
        FactChecker.check(asOf, given);
        return new CheckedFacts(asOf, given);
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
