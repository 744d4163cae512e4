package org.conductpolicy.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generated histories hold the interesting cases on purpose, not by luck: over the histories the
 * properties see, every conduct, window boundary, leap day, ladder step and appeal outcome occurs in the
 * ladder's histories, and every case of {@link GovernanceCases} in the governance histories. Both
 * generators give valid input that reads back from its case file.
 */
class GeneratorCoverageTest {
    private static final int SAMPLES = 1_000;
    /** Histories (of {@link #SAMPLES}) that must show each interesting case. */
    private static final int AT_LEAST = 10;

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    /** How many histories show each case, by name. */
    private static final Map<String, Integer> SEEN = new TreeMap<>();

    @BeforeAll
    static void sample_the_generator() {
        qt().withFixedSeed(PropertyRun.seed())
                .withExamples(SAMPLES)
                .forAll(Histories.histories())
                .checkAssert(GeneratorCoverageTest::count);
        qt().withFixedSeed(PropertyRun.seed())
                .withExamples(SAMPLES)
                .forAll(GovernanceHistories.histories())
                .checkAssert(history ->
                        GOVERNANCE_CASES.forEach((what, shows) -> seen("governance: " + what, history, shows)));
        System.out.println("Generator coverage over " + SAMPLES + " histories of each generator: " + SEEN);
    }

    private static final Map<String, Predicate<History>> GOVERNANCE_CASES = GovernanceCases.all();

    private static void count(History history) {
        ReferenceLadder ladder = ReferenceLadder.of(history.facts());
        for (ConductKind kind : Engines.BUILT_IN.conductTable().kinds().values()) {
            seen("conduct " + kind.name(), history, incidents(i -> i.conduct().equals(kind.name())));
            for (String characteristic : kind.characteristics()) {
                seen(
                        kind.name() + " on " + characteristic,
                        history,
                        incidents(i -> i.conduct().equals(kind.name()) && characteristic.equals(i.characteristic())));
            }
        }
        for (Standing standing : Standing.values()) {
            seen(
                    "a person of standing " + WireName.of(standing),
                    history,
                    h -> h.factsOf(Person.class).anyMatch(p -> p.standing() == standing));
        }
        for (PlatformKind kind : PlatformKind.values()) {
            if (kind == PlatformKind.FACEBOOK_PAGE
                    || kind == PlatformKind.FACEBOOK_GROUP
                    || kind == PlatformKind.TWITTER
                    || kind == PlatformKind.INSTAGRAM) {
                seen(
                        "a platform of kind " + WireName.of(kind),
                        history,
                        h -> h.factsOf(Platform.class).anyMatch(p -> p.kind() == kind));
            }
        }
        seen("a branch platform", history, h -> h.factsOf(Platform.class).anyMatch(p -> p.owner() == Owner.BRANCH));
        seen("an incident the admins were not consulted on", history, incidents(i -> !i.adminsConsulted()));
        for (SanctionKind kind : SanctionKind.values()) {
            seen(
                    "a sanction of kind " + WireName.of(kind),
                    history,
                    h -> h.factsOf(Sanction.class).anyMatch(s -> s.kind() == kind));
        }
        seen(
                "a sanction that does not record its incident",
                history,
                h -> h.factsOf(Sanction.class).anyMatch(s -> s.incident() == null));
        for (ActionType step : ReferenceLadder.TYPES) {
            seen(
                    "a decision proposing " + step.wireName(),
                    history,
                    h -> ladder.decide(h.asOf()).stream().anyMatch(a -> a.type() == step));
        }
        for (int offset = -1; offset <= 1; offset++) {
            int days = offset;
            seen(
                    "a breach " + days + " day(s) from a window's last day",
                    history,
                    h -> h.factsOf(Incident.class)
                            .anyMatch(i -> h.factsOf(Sanction.class)
                                    .anyMatch(s -> s.person().equals(i.person())
                                            && ReferenceLadder.windowEnds(s)
                                                    .filter(ends ->
                                                            ends.plusDays(days).equals(i.on()))
                                                    .isPresent())));
        }
        seen(
                "a breach on the day a sanction of the person is issued (INT-2)",
                history,
                h -> h.factsOf(Incident.class)
                        .anyMatch(i -> h.factsOf(Sanction.class)
                                .anyMatch(s -> s.person().equals(i.person()) && s.on().equals(i.on()))));
        seen(
                "two breaches of one person on one day",
                history,
                h -> h.factsOf(Incident.class)
                        .anyMatch(i -> h.factsOf(Incident.class)
                                .anyMatch(j -> j != i && j.person().equals(i.person()) && j.on().equals(i.on()))));
        seen(
                "a sanction issued on 29 February",
                history,
                h -> h.factsOf(Sanction.class)
                        .anyMatch(s -> MonthDay.from(s.on()).equals(LEAP_DAY)));
        for (MonthDay day : new MonthDay[] {MonthDay.of(2, 28), MonthDay.of(3, 1)}) {
            seen(
                    "a breach on " + day.getDayOfMonth() + " "
                            + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                            + " the year after a warning of 29 February",
                    history,
                    h -> h.factsOf(Sanction.class)
                            .filter(s -> s.kind() == SanctionKind.WARNING
                                    && MonthDay.from(s.on()).equals(LEAP_DAY))
                            .anyMatch(s -> h.factsOf(Incident.class)
                                    .anyMatch(i -> i.person().equals(s.person())
                                            && i.on().equals(day.atYear(s.on().getYear() + 1)))));
        }
        for (Outcome outcome : Outcome.values()) {
            seen(
                    "an appeal " + WireName.of(outcome),
                    history,
                    h -> h.factsOf(AppealDecision.class).anyMatch(d -> d.outcome() == outcome));
        }
        seen(
                "an appeal heard on one side only",
                history,
                h -> h.factsOf(Appeal.class)
                        .anyMatch(a -> h.factsOf(Hearing.class)
                                        .filter(x -> a.id().equals(x.appeal()))
                                        .count()
                                == 1));
        seen(
                "an appeal not yet decided (INT-7)",
                history,
                h -> h.factsOf(Appeal.class)
                        .anyMatch(a -> h.factsOf(AppealDecision.class)
                                .noneMatch(d -> d.appeal().equals(a.id()))));
        seen(
                "a breach after a sanction later overturned (INT-6)",
                history,
                h -> h.factsOf(Sanction.class)
                        .filter(s -> !ladder.counts(s))
                        .anyMatch(s -> h.factsOf(Incident.class)
                                .anyMatch(i -> i.person().equals(s.person()) && i.on().isAfter(s.on()))));
        seen(
                "a breach inside the window of a sanction overturned and later upheld (ESC-5, INT-6)",
                history,
                h -> h.factsOf(Sanction.class)
                        .filter(s -> ladder.counts(s)
                                && h.factsOf(Appeal.class)
                                        .anyMatch(a -> a.sanction().equals(s.id())
                                                && h.factsOf(AppealDecision.class)
                                                        .anyMatch(
                                                                d -> d.appeal().equals(a.id())
                                                                        && d.outcome() == Outcome.OVERTURNED)))
                        .anyMatch(s -> h.factsOf(Incident.class)
                                .anyMatch(i -> i.person().equals(s.person())
                                        && i.adminsConsulted()
                                        && i.on().isAfter(s.on())
                                        && ReferenceLadder.windowEnds(s)
                                                .filter(ends -> !i.on().isAfter(ends))
                                                .isPresent())));
        seen(
                "two warnings of one person open at once",
                history,
                h -> h.factsOf(Incident.class)
                        .anyMatch(i -> ladder.windowsOpenOn(i.person(), i.on()).stream()
                                        .filter(s -> s.kind() == SanctionKind.WARNING)
                                        .count()
                                >= 2));
        seen(
                "a history over more than two years",
                history,
                h -> h.facts().stream()
                        .map(f -> f.dated())
                        .filter(d -> d != null)
                        .min(LocalDate::compareTo)
                        .map(first -> first.plusYears(2).isBefore(h.asOf()))
                        .orElse(false));
    }

    private static Predicate<History> incidents(Predicate<Incident> which) {
        return history -> history.factsOf(Incident.class).anyMatch(which);
    }

    private static void seen(String what, History history, Predicate<History> shows) {
        SEEN.merge(what, shows.test(history) ? 1 : 0, Integer::sum);
    }

    @Test
    void every_interesting_case_occurs_in_the_generated_histories() {
        assertThat(SEEN)
                .isNotEmpty()
                .allSatisfy((what, histories) -> assertThat(histories)
                        .as("histories (of %d) with %s", SAMPLES, what)
                        .isGreaterThanOrEqualTo(AT_LEAST));
    }

    private static List<Gen<History>> generators() {
        return List.of(Histories.histories(), GovernanceHistories.histories());
    }

    @Test
    void every_generated_history_is_valid_input() {
        for (Gen<History> histories : generators()) {
            qt().withFixedSeed(PropertyRun.seed())
                    .withExamples(SAMPLES)
                    .forAll(histories)
                    .describedAs(history -> "\n" + history.asCaseFile())
                    .checkAssert(history ->
                            assertThat(history.decideWith(Engines.BUILT_IN)).isNotNull());
        }
    }

    @Test
    void every_generated_history_reads_back_from_its_case_file_as_the_same_facts() {
        for (Gen<History> histories : generators()) {
            qt().withFixedSeed(PropertyRun.seed())
                    .withExamples(SAMPLES)
                    .forAll(histories)
                    .checkAssert(history -> {
                        CaseFile read = CaseFiles.parse(history.asCaseFile(), "generated.yaml");

                        assertThat(read.asOf()).isEqualTo(history.asOf());
                        assertThat(read.facts()).isEqualTo(history.facts());
                    });
        }
    }
}
