package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** How long the register of sanctions keeps each entry: register-state.drl and register.drl (EXT-4). */
class RegisterTest {
    private static final String WHO = "member-17";

    /** A warning of 2023-02-01, whose window runs to 2024-02-01, for a breach of 2023-01-30. */
    private static final List<Fact> WARNING = List.of(
            new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
            new Person(WHO, Standing.MEMBER),
            Incident.consulted("i1", WHO, "clp-page", day("2023-01-30"), "trolling"),
            Sanction.warning("s1", WHO, "clp-page", day("2023-02-01"), "i1"));

    /** The warning, then a 30-day ban of 2024-01-20 inside its window: the ban's window runs to 2025-02-19. */
    private static final List<Fact> WARNING_THEN_BAN = with(
            WARNING,
            Incident.consulted("i2", WHO, "clp-page", day("2024-01-15"), "trolling"),
            Sanction.ban("s2", WHO, "clp-page", day("2024-01-20"), 30, "i2"));

    private static List<Fact> with(List<Fact> base, Fact... more) {
        List<Fact> facts = new ArrayList<>(base);
        facts.addAll(List.of(more));
        return List.copyOf(facts);
    }

    /** Each entry whose deletion is proposed, with its due day. */
    private static Map<String, LocalDate> deletions(Decision decision) {
        Map<String, LocalDate> due = new TreeMap<>();
        decision.actionsOf(ActionType.DELETE_REGISTER_ENTRY)
                .forEach(action -> due.put(action.text(ActionField.SANCTION).orElseThrow(), action.due()));
        return due;
    }

    @Test // EXT-4: a warning whose window closed and led nowhere can no longer decide a step
    void aWarningWhoseWindowClosedIsDeletedFromTheDayAfter() {
        Decision decision = decide("2024-02-02", WARNING);

        assertThat(decision.actionsOf(ActionType.DELETE_REGISTER_ENTRY))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.text(ActionField.SANCTION)).contains("s1");
                    assertThat(action.due()).isEqualTo(day("2024-02-02"));
                    assertThat(action.clauses()).containsExactly("EXT-4");
                    assertThat(action.because()).contains("2023-02-01", "2024-02-01");
                });
    }

    @Test // EXT-4, INT-1: on the last day of its window a warning still decides a ban
    void aWarningIsKeptOnTheLastDayOfItsWindow() {
        assertThat(deletions(decide("2024-02-01", WARNING))).isEmpty();
    }

    @Test // EXT-4: an overdue deletion keeps the day it became due
    void anOverdueDeletionKeepsItsDueDay() {
        assertThat(deletions(decide("2026-07-01", WARNING))).containsExactly(Map.entry("s1", day("2024-02-02")));
    }

    @Test // EXT-4: "the warning before a ban... kept as long as that later entry is, and deleted with it"
    void theWarningBeforeABanIsKeptWhileTheBansEntryIs() {
        assertThat(deletions(decide("2025-02-19", WARNING_THEN_BAN))).isEmpty();
    }

    @Test // EXT-4, INT-4: the ban's entry goes the day after its window, and the warning it rests on with it
    void theWarningAndTheBanItJustifiedAreDueTheSameDay() {
        Decision decision = decide("2025-02-20", WARNING_THEN_BAN);

        assertThat(deletions(decision))
                .containsExactly(Map.entry("s1", day("2025-02-20")), Map.entry("s2", day("2025-02-20")));
        assertThat(decision.actionsOf(ActionType.DELETE_REGISTER_ENTRY).get(0).because())
                .contains("justified the ban of 2024-01-20");
    }

    @Test // EXT-4: a ban outside every warning's window rests on no warning
    void aWarningThatJustifiedNoLaterStepGoesOnItsOwnDay() {
        List<Fact> facts = with(
                WARNING,
                Incident.consulted("i2", WHO, "clp-page", day("2024-03-01"), "trolling"),
                Sanction.ban("s2", WHO, "clp-page", day("2024-03-05"), 30, "i2"));

        assertThat(deletions(decide("2024-03-05", facts))).containsExactly(Map.entry("s1", day("2024-02-02")));
    }

    @Test // EXT-4: "a lifetime ban: for as long as it stands", with the ban and the warning it rests on
    void aLifetimeBanThatStandsAndTheStepsBeforeItAreNeverDeleted() {
        List<Fact> facts = with(
                WARNING_THEN_BAN,
                Incident.consulted("i3", WHO, "clp-page", day("2025-02-10"), "trolling"),
                Sanction.lifetimeBan("s3", WHO, "clp-page", day("2025-02-12"), "i3"));

        assertThat(deletions(decide("2040-01-01", facts))).isEmpty();
    }

    @Test // EXT-4, INT-6: an overturned lifetime ban no longer stands: it and the steps before it go when its appeal
    // closes
    void aLifetimeBanOverturnedOnAppealNoLongerHoldsTheRegister() {
        List<Fact> facts = with(
                WARNING_THEN_BAN,
                Incident.consulted("i3", WHO, "clp-page", day("2025-02-10"), "trolling"),
                Sanction.lifetimeBan("s3", WHO, "clp-page", day("2025-02-12"), "i3"),
                new Appeal("appeal-1", WHO, "s3", day("2025-02-14"), false),
                new AppealDecision("appeal-1", day("2025-04-01"), Outcome.OVERTURNED, true));

        assertThat(deletions(decide("2025-04-01", facts)))
                .containsExactly(
                        Map.entry("s1", day("2025-04-01")),
                        Map.entry("s2", day("2025-04-01")),
                        Map.entry("s3", day("2025-04-01")));
        assertThat(deletions(decide("2025-04-01", facts.subList(0, facts.size() - 1))))
                .isEmpty();
    }

    @Test // EXT-4, EXT-2: an entry under an appeal still open is held, as the appeal's records are
    void anEntryUnderAnAppealStillOpenIsHeldPastItsWindow() {
        List<Fact> facts = with(
                WARNING,
                new Appeal("appeal-1", WHO, "s1", day("2023-02-05"), false),
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.UPHELD, false));

        assertThat(deletions(decide("2024-06-01", facts))).isEmpty();
    }

    @Test // EXT-4, EXT-2: once its appeal closes, an entry goes from the later of that day and its window's end
    void anEntryWhoseAppealClosedAfterItsWindowGoesTheDayTheAppealClosed() {
        List<Fact> facts = with(
                WARNING,
                new Appeal("appeal-1", WHO, "s1", day("2023-02-05"), false),
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.UPHELD, false),
                new AppealDecision("appeal-1", day("2024-05-01"), Outcome.UPHELD, true));

        Decision decision = decide("2024-05-01", facts);

        assertThat(decision.actionsOf(ActionType.DELETE_REGISTER_ENTRY))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.due()).isEqualTo(day("2024-05-01"));
                    assertThat(action.clauses()).containsExactlyInAnyOrder("EXT-4", "EXT-2");
                });
    }

    @Test // EXT-4, INT-6: an overturned warning opens no window: it goes the day its appeal closes
    void anOverturnedWarningGoesTheDayItsAppealClosed() {
        List<Fact> facts = with(
                WARNING,
                new Appeal("appeal-1", WHO, "s1", day("2023-02-05"), false),
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.OVERTURNED, true));

        assertThat(deletions(decide("2023-03-01", facts))).containsExactly(Map.entry("s1", day("2023-03-01")));
    }

    @Test // EXT-4, ESC-7: an appeal referred to the National Complaints team is closed for the CLP that day
    void anEntryWhoseAppealWentNationalGoesFromTheLaterOfItsWindowAndTheReferral() {
        List<Fact> facts = with(
                WARNING,
                new Appeal("appeal-1", WHO, "s1", day("2023-02-05"), false),
                NationalReferral.ofAppeal("appeal-1", day("2023-04-01")));

        assertThat(deletions(decide("2024-02-02", facts))).containsExactly(Map.entry("s1", day("2024-02-02")));
    }
}
