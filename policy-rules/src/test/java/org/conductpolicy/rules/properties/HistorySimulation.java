package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.rules.properties.CaseGenerators.BreachTiming;
import org.conductpolicy.rules.properties.CaseGenerators.IssueTiming;
import org.conductpolicy.vocabulary.ConductKind;
import org.quicktheories.core.RandomnessSource;

/**
 * A case history made one event at a time, in the order things happen, so that it is valid input:
 * sanctions follow the decisions the reference model makes on the day they are issued (now and then a
 * lenient warning instead), appeals follow
 * sanctions, hearings and decisions follow appeals, and time only moves forward. Every choice is drawn
 * from {@link CaseGenerators}, so a failing history shrinks.
 */
final class HistorySimulation {
    private final List<Person> people;
    private final List<Platform> platforms;
    private final List<Fact> events = new ArrayList<>();
    private LocalDate today;
    private int incidents;
    private int sanctions;
    private int appeals;

    private HistorySimulation(List<Person> people, List<Platform> platforms, LocalDate start) {
        this.people = people;
        this.platforms = platforms;
        this.today = start;
    }

    static HistorySimulation start(List<Person> people, List<Platform> platforms, LocalDate start) {
        return new HistorySimulation(List.copyOf(people), List.copyOf(platforms), start);
    }

    /** Draws the next event and lets it happen, when it can. */
    void step(RandomnessSource in) {
        switch (CaseGenerators.events().generate(in)) {
            case INCIDENT -> incident(in);
            case ISSUE_SANCTION -> issueSanction(in);
            case REOFFEND_AND_BE_SANCTIONED -> reoffendAndBeSanctioned(in);
            case CONSULT_ADMINS -> consultAdmins(in);
            case APPEAL -> appeal(in);
            case HEAR_A_SIDE -> hearASide(in);
            case DECIDE_APPEAL -> decideAppeal(in);
            case OVERTURNED_THEN_UPHELD -> overturnedThenUpheld(in);
        }
    }

    /** The history as asked about some days after its last event. */
    History finish(int daysLater) {
        List<Fact> facts = new ArrayList<>(people);
        facts.addAll(platforms);
        facts.addAll(events);
        String name = "a generated history: " + count(people.size(), "person", "people") + ", "
                + count(platforms.size(), "platform", "platforms") + ", " + count(events.size(), "event", "events");
        return new History(name, today.plusDays(daysLater), facts);
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private void incident(RandomnessSource in) {
        BreachTiming timing = CaseGenerators.breachTimings().generate(in);
        Optional<Sanction> window = timing == BreachTiming.SOME_DAYS_LATER ? Optional.empty() : window(timing, in);
        Optional<Sanction> last = facts(Sanction.class).reduce((first, second) -> second);
        boolean repeat = CaseGenerators.repeatOffences().generate(in);
        Person person = window.or(() -> repeat ? last : Optional.empty())
                .map(sanction -> person(sanction.person()))
                .orElseGet(() -> pick(people, in));
        Platform platform = pick(platforms, in);
        int gap = CaseGenerators.gaps().generate(in);
        today = window.map(sanction -> timing == BreachTiming.SOMEWHERE_INSIDE_A_WINDOW
                        ? soonInside(sanction, in)
                        : lastDayOfWindow(sanction).plusDays(timing.offset))
                .orElse(today.plusDays(gap));
        ConductKind conduct = CaseGenerators.conducts().generate(in);
        events.add(new Incident(
                "i" + ++incidents,
                person.id(),
                platform.id(),
                today,
                conduct.name(),
                CaseGenerators.characteristics(conduct).generate(in),
                CaseGenerators.consultations().generate(in)));
    }

    /**
     * A sanction whose window's last day, moved by the timing's offset, is not in the past: the newest
     * first, so that a history shrinks towards it.
     */
    private Optional<Sanction> window(BreachTiming timing, RandomnessSource in) {
        List<Sanction> reachable = facts(Sanction.class)
                .filter(sanction -> ReferenceLadder.windowEnds(sanction).isPresent())
                .filter(sanction ->
                        !lastDayOfWindow(sanction).plusDays(timing.offset).isBefore(today))
                .sorted(Comparator.comparing(Sanction::on).reversed())
                .toList();
        return reachable.isEmpty() ? Optional.empty() : Optional.of(pick(reachable, in));
    }

    /** A day in the sanction's window within two months from now, while other windows are likely open. */
    private LocalDate soonInside(Sanction sanction, RandomnessSource in) {
        LocalDate first = today.isAfter(sanction.on()) ? today : sanction.on().plusDays(1);
        LocalDate end = lastDayOfWindow(sanction);
        return CaseGenerators.dayBetween(first, end.isBefore(first.plusDays(60)) ? end : first.plusDays(60))
                .generate(in);
    }

    private static LocalDate lastDayOfWindow(Sanction sanction) {
        return ReferenceLadder.windowEnds(sanction).orElseThrow();
    }

    private Person person(String id) {
        return people.stream()
                .filter(person -> person.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The person sanctioned last breaches again, soon, inside that sanction's window, and the admins
     * (consulted) issue the next step: the ladder climbs on purpose, not by luck.
     */
    private void reoffendAndBeSanctioned(RandomnessSource in) {
        Optional<Sanction> last = facts(Sanction.class)
                .filter(sanction -> ReferenceLadder.windowEnds(sanction).isPresent())
                .filter(sanction -> !lastDayOfWindow(sanction).isBefore(today))
                .reduce((first, second) -> second);
        if (last.isEmpty()) {
            return;
        }
        today = soonInside(last.get(), in);
        ConductKind conduct = CaseGenerators.conducts().generate(in);
        events.add(Incident.consulted(
                        "i" + ++incidents,
                        last.get().person(),
                        pick(platforms, in).id(),
                        today,
                        conduct.name())
                .withCharacteristic(CaseGenerators.characteristics(conduct).generate(in)));
        issueSanction(in);
    }

    /** Issues one of the steps the reference model proposes today, as the admins would. */
    private void issueSanction(RandomnessSource in) {
        IssueTiming timing = CaseGenerators.issueTimings().generate(in);
        Optional<LocalDate> leapDay = CaseGenerators.LEAP_DAYS.stream()
                .filter(day -> !day.isBefore(today) && day.isBefore(today.plusYears(2)))
                .findFirst();
        today = timing == IssueTiming.ON_THE_NEXT_29_FEBRUARY && leapDay.isPresent()
                ? leapDay.get()
                : today.plusDays(CaseGenerators.gaps().generate(in) % 6);
        List<ProposedAction> steps = ReferenceLadder.of(facts()).decide(today).stream()
                .filter(action -> ReferenceLadder.STEPS.contains(action.type()))
                .toList();
        if (steps.isEmpty()) {
            return;
        }
        ProposedAction step = pick(steps, in);
        boolean recordsIncident = CaseGenerators.recordsItsIncident().generate(in);
        boolean lenient = step.type() != ActionType.WARN
                && CaseGenerators.lenientWarnings().generate(in);
        SanctionKind kind = lenient ? SanctionKind.WARNING : kindOf(step.type());
        events.add(new Sanction(
                "s" + ++sanctions,
                step.person(),
                (String) step.fields().get(ActionField.PLATFORM),
                kind,
                today,
                kind == SanctionKind.BAN ? (Integer) step.fields().get(ActionField.DAYS) : null,
                recordsIncident ? step.incident() : null));
    }

    private static SanctionKind kindOf(ActionType step) {
        return switch (step) {
            case WARN -> SanctionKind.WARNING;
            case BAN -> SanctionKind.BAN;
            default -> SanctionKind.LIFETIME_BAN;
        };
    }

    /** The admins are consulted, later, on an incident recorded without consulting them (INT-12). */
    private void consultAdmins(RandomnessSource in) {
        List<Incident> unconsulted = facts(Incident.class)
                .filter(incident -> !incident.adminsConsulted())
                .toList();
        if (unconsulted.isEmpty()) {
            return;
        }
        Incident incident = pick(unconsulted, in);
        events.set(
                events.indexOf(incident),
                Incident.consulted(
                                incident.id(),
                                incident.person(),
                                incident.platform(),
                                incident.on(),
                                incident.conduct())
                        .withCharacteristic(incident.characteristic()));
    }

    /** The person sanctioned appeals (ESC-5), at most once a sanction, most often the newest. */
    private void appeal(RandomnessSource in) {
        List<Sanction> unappealed = facts(Sanction.class)
                .filter(sanction -> facts(Appeal.class)
                        .noneMatch(appeal -> appeal.sanction().equals(sanction.id())))
                .sorted(Comparator.comparing(Sanction::on).reversed())
                .toList();
        if (unappealed.isEmpty()) {
            return;
        }
        Sanction sanction = pick(unappealed, in);
        today = today.plusDays(CaseGenerators.gaps().generate(in) % 15);
        events.add(new Appeal(
                "a" + ++appeals,
                sanction.person(),
                sanction.id(),
                today,
                CaseGenerators.secretaryInvolved().generate(in)));
    }

    /** One side of an undecided appeal is heard (ESC-6). */
    private void hearASide(RandomnessSource in) {
        List<Appeal> undecided = undecidedAppeals();
        if (undecided.isEmpty()) {
            return;
        }
        Appeal appeal = pick(undecided, in);
        today = today.plusDays(CaseGenerators.gaps().generate(in) % 10);
        unheardSides(appeal).stream()
                .findFirst()
                .ifPresent(side -> events.add(new Hearing(appeal.id(), null, side, today)));
    }

    /** The EC decides an appeal, having heard both sides first (ESC-5, ESC-6). */
    private void decideAppeal(RandomnessSource in) {
        List<Appeal> undecided = undecidedAppeals();
        if (undecided.isEmpty()) {
            return;
        }
        Appeal appeal = pick(undecided, in);
        today = today.plusDays(CaseGenerators.gaps().generate(in) % 20);
        unheardSides(appeal).forEach(side -> events.add(new Hearing(appeal.id(), null, side, today)));
        events.add(new AppealDecision(
                appeal.id(),
                today,
                CaseGenerators.outcomes().generate(in),
                CaseGenerators.accepted().generate(in)));
    }

    /**
     * The whole scenario of an overturning re-decided (ESC-5: the EC's latest decision is the one that
     * stands; INT-6): the newest sanction whose window is open and not yet appealed is appealed, heard,
     * overturned, and a day or more later upheld; then its person breaches again inside its window, the
     * admins consulted. The sanction counts again, so the breach climbs a step.
     */
    private void overturnedThenUpheld(RandomnessSource in) {
        Optional<Sanction> open = facts(Sanction.class)
                .filter(sanction -> ReferenceLadder.windowEnds(sanction).isPresent())
                .filter(sanction -> !lastDayOfWindow(sanction).isBefore(today.plusDays(40)))
                .filter(sanction -> facts(Appeal.class)
                        .noneMatch(appeal -> appeal.sanction().equals(sanction.id())))
                .reduce((first, second) -> second);
        if (open.isEmpty()) {
            return;
        }
        Sanction sanction = open.get();
        String appeal = "a" + ++appeals;
        today = today.plusDays(CaseGenerators.gaps().generate(in) % 10);
        events.add(new Appeal(appeal, sanction.person(), sanction.id(), today, false));
        today = today.plusDays(CaseGenerators.gaps().generate(in) % 10);
        for (Side side : List.of(Side.APPELLANT, Side.ADMIN_TEAM)) {
            events.add(new Hearing(appeal, null, side, today));
        }
        events.add(new AppealDecision(
                appeal, today, Outcome.OVERTURNED, CaseGenerators.accepted().generate(in)));
        today = today.plusDays(1 + CaseGenerators.gaps().generate(in) % 10);
        events.add(new AppealDecision(
                appeal, today, Outcome.UPHELD, CaseGenerators.accepted().generate(in)));
        today = soonInside(sanction, in);
        ConductKind conduct = CaseGenerators.conducts().generate(in);
        events.add(Incident.consulted(
                        "i" + ++incidents,
                        sanction.person(),
                        pick(platforms, in).id(),
                        today,
                        conduct.name())
                .withCharacteristic(CaseGenerators.characteristics(conduct).generate(in)));
    }

    private List<Appeal> undecidedAppeals() {
        return facts(Appeal.class)
                .filter(appeal -> facts(AppealDecision.class)
                        .noneMatch(decision -> decision.appeal().equals(appeal.id())))
                .toList();
    }

    private List<Side> unheardSides(Appeal appeal) {
        return List.of(Side.APPELLANT, Side.ADMIN_TEAM).stream()
                .filter(side -> facts(Hearing.class)
                        .noneMatch(hearing -> appeal.id().equals(hearing.appeal()) && hearing.side() == side))
                .toList();
    }

    private List<Fact> facts() {
        return List.copyOf(events);
    }

    private <F extends Fact> java.util.stream.Stream<F> facts(Class<F> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    private static <T> T pick(List<T> candidates, RandomnessSource in) {
        return candidates.get(CaseGenerators.index(candidates.size()).generate(in));
    }
}
