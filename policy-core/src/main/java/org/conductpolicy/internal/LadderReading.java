package org.conductpolicy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * The ladder as the rules classified it, read from a settled session: {@code ladder-state.drl}'s
 * {@code LatestCountingSanction} (a person's latest counting sanction) and {@code LadderWindow} (the days
 * in which another breach climbs a step from a counting sanction). Nothing of the ladder is worked out
 * here; only which open window a next breach falls in first is chosen, a ban's before a warning's, as
 * {@code ladder.drl}'s consequence rules choose.
 */
final class LadderReading {
    private static final String PACKAGE = "org.conductpolicy.rules";

    private final FactType latest;
    private final FactType window;
    private final PolicyParameters parameters;

    private LadderReading(FactType latest, FactType window, PolicyParameters parameters) {
        this.latest = latest;
        this.window = window;
        this.parameters = parameters;
    }

    /**
     * The reading of the ladder of a rule set.
     *
     * @throws PolicyException when the rule set declares no ladder to read
     */
    static LadderReading of(KieBase kieBase, PolicyParameters parameters) {
        return new LadderReading(
                declared(kieBase, "LatestCountingSanction"), declared(kieBase, "LadderWindow"), parameters);
    }

    private static FactType declared(KieBase kieBase, String name) {
        FactType type = kieBase.getFactType(PACKAGE, name);
        if (type == null) {
            throw new PolicyException("the rules declare no " + name + " in package " + PACKAGE
                    + ": a person's standing is read from the ladder's derived facts (ladder-state.drl)");
        }
        return type;
    }

    /** Whether a session's object is one this reading reads: a latest counting sanction or a window. */
    boolean reads(Object object) {
        return latest.getFactClass().isInstance(object) || window.getFactClass().isInstance(object);
    }

    /** A window of the ladder: the counting sanction that opened it and its last day. */
    private record Window(String person, Sanction sanction, LocalDate ends) {}

    /** Where each person of the facts stands as of {@code asOf}, by person id, from the session's objects. */
    List<LadderStanding> standing(LocalDate asOf, CheckedFacts given, List<Object> settled) {
        Map<String, Sanction> latestByPerson = settled.stream()
                .filter(latest.getFactClass()::isInstance)
                .collect(Collectors.toMap(object -> (String) latest.get(object, "person"), object ->
                        (Sanction) latest.get(object, "sanction")));
        List<Window> open = settled.stream()
                .filter(window.getFactClass()::isInstance)
                .map(object -> new Window(
                        (String) window.get(object, "person"), (Sanction) window.get(object, "sanction"), (LocalDate)
                                window.get(object, "ends")))
                .filter(candidate -> candidate.ends().isAfter(asOf))
                .toList();
        List<LadderStanding> standings = new ArrayList<>();
        given.stream()
                .filter(Person.class::isInstance)
                .map(Person.class::cast)
                .map(Person::id)
                .sorted()
                .forEach(person -> standings.add(standingOf(person, latestByPerson.get(person), open)));
        return List.copyOf(standings);
    }

    private LadderStanding standingOf(String person, Sanction latestCounting, List<Window> open) {
        Map<SanctionKind, Window> lastEndingByKind = open.stream()
                .filter(candidate -> candidate.person().equals(person))
                .collect(Collectors.toMap(
                        candidate -> candidate.sanction().kind(),
                        Function.identity(),
                        (one, other) -> one.ends().isAfter(other.ends()) ? one : other));
        Optional<Window> ban = Optional.ofNullable(lastEndingByKind.get(SanctionKind.BAN));
        if (ban.isPresent()) {
            return new LadderStanding(person, latestCounting, ban.get().ends(), ActionType.BAN_FOR_LIFE, null);
        }
        Optional<Window> warning = Optional.ofNullable(lastEndingByKind.get(SanctionKind.WARNING));
        return warning.map(
                        w -> new LadderStanding(person, latestCounting, w.ends(), ActionType.BAN, parameters.banDays()))
                .orElseGet(() -> new LadderStanding(person, latestCounting, null, ActionType.WARN, null));
    }
}
