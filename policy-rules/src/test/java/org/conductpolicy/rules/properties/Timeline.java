package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.api.fact.Fact;
import org.quicktheories.core.RandomnessSource;

/**
 * The events of a simulated governance history so far, in the order they happened, and the day it has
 * reached. Time only moves forward, so every fact is dated on or before the day the question is asked.
 */
final class Timeline {
    private final List<Fact> events = new ArrayList<>();
    private LocalDate today;

    Timeline(LocalDate start) {
        this.today = start;
    }

    LocalDate today() {
        return today;
    }

    /** Moves on by a drawn number of days (often none). */
    void advance(RandomnessSource in) {
        today = today.plusDays(GovernanceGenerators.gaps().generate(in));
    }

    /** Moves on to {@code day}, which is not in the past. */
    void moveTo(LocalDate day) {
        if (day.isBefore(today)) {
            throw new IllegalArgumentException(day + " is before " + today + ": time only moves forward");
        }
        today = day;
    }

    void add(Fact fact) {
        events.add(fact);
    }

    /** Puts {@code now} where {@code before} was: a role that has since ended, say. */
    void replace(Fact before, Fact now) {
        events.set(events.indexOf(before), now);
    }

    List<Fact> events() {
        return List.copyOf(events);
    }

    <F extends Fact> Stream<F> facts(Class<F> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    /** The first of {@code candidates} half the time, on purpose, otherwise any of them. */
    static <T> T pickPreferringTheFirst(List<T> candidates, RandomnessSource in) {
        return GovernanceGenerators.prefersTheFirst().generate(in) ? candidates.get(0) : pick(candidates, in);
    }

    /** One of {@code candidates}; a history shrinks towards the first. */
    static <T> T pick(List<T> candidates, RandomnessSource in) {
        return candidates.get(CaseGenerators.index(candidates.size()).generate(in));
    }
}
