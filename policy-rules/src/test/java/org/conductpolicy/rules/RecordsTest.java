package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.KeptRecord;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** When the Secretary's records are deleted, and when they are held: records-state.drl and records.drl. */
class RecordsTest {
    private static final List<Fact> APPEAL = List.of(
            new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
            new Person("member-17", Standing.MEMBER),
            new Sanction("s1", "member-17", "clp-page", SanctionKind.WARNING, day("2023-01-02"), null, null),
            new Appeal("appeal-1", "member-17", "s1", day("2023-01-05"), false));

    private static Decision given(String asOf, List<Fact> base, Fact... more) {
        List<Fact> facts = new ArrayList<>(base);
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    private static List<String> deleted(Decision decision) {
        return decision.actionsOf(ActionType.DELETE_RECORD).stream()
                .map(action -> action.text(ActionField.RECORD).orElseThrow())
                .toList();
    }

    @Test // ESC-4: "Records are kept 2 years and then deleted"
    void aRecordIsDeletedTwoYearsAfterItWasLogged() {
        Decision decision = decide("2025-06-02", new KeptRecord("record-1", day("2023-06-02"), null));

        assertThat(decision.actionsOf(ActionType.DELETE_RECORD)).singleElement().satisfies(action -> {
            assertThat(action.text(ActionField.RECORD)).contains("record-1");
            assertThat(action.due()).isEqualTo(day("2025-06-02"));
            assertThat(action.clauses()).containsExactly("ESC-4");
        });
    }

    @Test // ESC-4: not a day before
    void aRecordADayShortOfTwoYearsIsKept() {
        Decision decision = decide("2025-06-01", new KeptRecord("record-1", day("2023-06-02"), null));

        assertThat(decision.isEmpty()).isTrue();
    }

    @Test // ESC-4: an overdue deletion is still listed, due from the day its years were up
    void anOverdueDeletionKeepsItsDueDay() {
        Decision decision = decide("2026-01-15", new KeptRecord("record-1", day("2023-06-02"), null));

        assertThat(decision.actionsOf(ActionType.DELETE_RECORD))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2025-06-02")));
    }

    @Test // ESC-4, with INT-1's reading of calendar dates: 29 February plus 2 years is 28 February
    void aRecordLoggedOnALeapDayIsDeletedOnThe28thOfFebruaryTwoYearsOn() {
        KeptRecord leapDay = new KeptRecord("record-1", day("2024-02-29"), null);

        assertThat(decide("2026-02-27", leapDay).isEmpty()).isTrue();
        assertThat(decide("2026-02-28", leapDay).actionsOf(ActionType.DELETE_RECORD))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2026-02-28")));
    }

    @Test // ESC-4: two years from the 1st of March that follows a leap day
    void aRecordLoggedTheDayAfterALeapDayIsKeptUntilTheFirstOfMarch() {
        KeptRecord record = new KeptRecord("record-1", day("2024-03-01"), null);

        assertThat(decide("2026-02-28", record).isEmpty()).isTrue();
        assertThat(deleted(decide("2026-03-01", record))).containsExactly("record-1");
    }

    @Test // EXT-2: held past 2 years while its appeal is open
    void aRecordOfAnAppealStillOpenIsHeldPastItsYears() {
        Decision decision = given("2025-06-02", APPEAL, new KeptRecord("record-1", day("2023-01-06"), "appeal-1"));

        assertThat(deleted(decision)).isEmpty();
    }

    @Test // EXT-2: an appeal decided but not accepted may still go national (ESC-7): still open
    void aRecordOfAnAppealWhoseDecisionTheAppellantRejectsIsHeld() {
        Decision decision = given(
                "2025-06-02",
                APPEAL,
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.UPHELD, false),
                new KeptRecord("record-1", day("2023-01-06"), "appeal-1"));

        assertThat(deleted(decision)).isEmpty();
    }

    @Test // EXT-2: once the appeal closed, deleted from its years being up
    void aRecordOfAnAppealClosedLongAgoIsDeletedWhenItsYearsAreUp() {
        Decision decision = given(
                "2025-06-02",
                APPEAL,
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.UPHELD, true),
                new KeptRecord("record-1", day("2023-01-06"), "appeal-1"));

        assertThat(decision.actionsOf(ActionType.DELETE_RECORD)).singleElement().satisfies(action -> {
            assertThat(action.due()).isEqualTo(day("2025-01-06"));
            assertThat(action.clauses()).contains("ESC-4", "EXT-2");
        });
    }

    @Test // EXT-2: "held past 2 years until the matter closes, then deleted"
    void aRecordHeldPastItsYearsIsDeletedFromTheDayItsMatterClosed() {
        Decision decision = given(
                "2025-06-02",
                APPEAL,
                new AppealDecision("appeal-1", day("2025-05-20"), Outcome.OVERTURNED, true),
                new KeptRecord("record-1", day("2023-01-06"), "appeal-1"));

        assertThat(decision.actionsOf(ActionType.DELETE_RECORD))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2025-05-20")));
    }

    @Test // EXT-2, ESC-7, INT-8: a national referral makes it a national matter, closed for the CLP
    void aRecordOfAnAppealReferredToNationalIsNoLongerHeld() {
        Decision decision = given(
                "2025-06-02",
                APPEAL,
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.UPHELD, false),
                new NationalReferral("appeal-1", null, day("2023-03-10")),
                new KeptRecord("record-1", day("2023-01-06"), "appeal-1"));

        assertThat(deleted(decision)).containsExactly("record-1");
    }

    @Test // EXT-2, CMP-6: a complaint stays open until a decision resolves it
    void aRecordOfAComplaintIsHeldUntilADecisionResolvesIt() {
        Complaint complaint = new Complaint("complaint-1", "complainant-c", day("2023-01-02"), false, false);
        KeptRecord record = new KeptRecord("record-1", day("2023-01-03"), "complaint-1");
        ComplaintDecision unresolved =
                new ComplaintDecision("complaint-1", day("2023-02-01"), DecidingBody.ADMIN_TEAM, false);
        ComplaintDecision resolved =
                new ComplaintDecision("complaint-1", day("2023-04-01"), DecidingBody.EXECUTIVE_COMMITTEE, true);

        assertThat(deleted(decide("2025-06-02", List.of(complaint, record, unresolved))))
                .isEmpty();
        assertThat(deleted(decide("2025-06-02", List.of(complaint, record, unresolved, resolved))))
                .containsExactly("record-1");
    }

    @Test // EXT-2: an open matter never makes a record that is not yet due appear
    void aRecordOfAClosedMatterIsStillKeptItsFullYears() {
        Decision decision = given(
                "2024-06-02",
                APPEAL,
                new AppealDecision("appeal-1", day("2023-03-01"), Outcome.UPHELD, true),
                new KeptRecord("record-1", day("2023-01-06"), "appeal-1"));

        assertThat(deleted(decision)).isEmpty();
    }

    @Test // EXT-4: the register of sanctions is not deleted with the letters: its entries still decide steps
    void aWarningOlderThanTwoYearsStillDecidesALifetimeBanInsideTheBansWindow() {
        // The warning of 2023-02-01 opened the way to the ban of 2024-01-20 (until 2024-02-19), whose window
        // runs to 2025-02-19: the breach of 2025-02-10 comes after the warning's letter is 2 years old.
        Decision decision = decide(
                "2025-02-12",
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Person("member-17", Standing.MEMBER),
                Incident.consulted("i1", "member-17", "clp-page", day("2023-01-30"), "trolling"),
                new Sanction("s1", "member-17", "clp-page", SanctionKind.WARNING, day("2023-02-01"), null, "i1"),
                Incident.consulted("i2", "member-17", "clp-page", day("2024-01-15"), "trolling"),
                new Sanction("s2", "member-17", "clp-page", SanctionKind.BAN, day("2024-01-20"), 30, "i2"),
                Incident.consulted("i3", "member-17", "clp-page", day("2025-02-10"), "trolling"),
                new KeptRecord("letter-of-warning", day("2023-02-01"), null));

        assertThat(Rules.types(decision)).contains(ActionType.BAN_FOR_LIFE, ActionType.DELETE_RECORD);
        assertThat(deleted(decision)).containsExactly("letter-of-warning");
    }
}
