package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Facts.unconsultedBreach;
import static org.conductpolicy.rules.Facts.warning;
import static org.conductpolicy.rules.Rules.day;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.ReviewProblem;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.WireName;
import org.junit.jupiter.api.Test;

/** The audit of what was already done (INT-15): review-state.drl and review.drl. */
class ReviewTest {
    private static final List<Fact> CLP = List.of(
            member("alex"),
            member("admin-a"),
            member("admin-b"),
            member("sam"),
            page("clp-page"),
            page("clp-group"),
            Role.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2024-01-01")),
            Role.onPlatform("admin-b", RoleName.ADMIN, "clp-page", day("2024-01-01")));

    /** The reviews of a decision on the CLP's facts and {@code more}. */
    private static List<Action> reviews(String asOf, List<Fact> more) {
        List<Fact> facts = new ArrayList<>(CLP);
        facts.addAll(more);
        return Rules.decide(asOf, facts).actionsOf(ActionType.REVIEW);
    }

    private static List<Action> reviews(String asOf, Fact... more) {
        return reviews(asOf, List.of(more));
    }

    private static Sanction ban(String id, String on, int days, String platform, String incident) {
        return Sanction.ban(id, "alex", platform, day(on), days, incident);
    }

    /** A warning, then a ban, then a lifetime ban, each for a consulted breach inside the window before it. */
    private static final List<Fact> LADDER_BY_THE_BOOK = List.of(
            breach("i1", "alex", "clp-page", "2025-01-10"),
            warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
            breach("i2", "alex", "clp-group", "2025-06-01"),
            Sanction.ban("s2", "alex", "clp-group", day("2025-06-02"), 30, "i2"),
            breach("i3", "alex", "clp-page", "2025-09-01"),
            Sanction.lifetimeBan("s3", "alex", "clp-page", day("2025-09-02"), "i3"));

    private static void assertOneReview(List<Action> reviews, String about, ReviewProblem problem, String... clauses) {
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.text(ActionField.ABOUT)).contains(about);
            assertThat(review.text(ActionField.PROBLEM)).contains(WireName.of(problem));
            assertThat(review.clauses()).contains("INT-15").contains(clauses);
        });
    }

    @Test // INT-15: nothing to review in a history that followed the procedure at every step
    void aHistoryByTheBookYieldsNoReview() {
        List<Fact> history = new ArrayList<>(LADDER_BY_THE_BOOK);
        history.addAll(List.of(
                new Appeal("a1", "alex", "s2", day("2025-06-05"), false),
                Hearing.ofAppeal("a1", Side.APPELLANT, day("2025-06-10")),
                Hearing.ofAppeal("a1", Side.ADMIN_TEAM, day("2025-06-11")),
                new AppealDecision("a1", day("2025-06-11"), Outcome.UPHELD, false),
                NationalReferral.ofAppeal("a1", day("2025-06-20")),
                new Complaint("c1", "sam", day("2025-02-01"), false, false),
                Hearing.ofComplaint("c1", Side.COMPLAINANT, day("2025-02-03")),
                Hearing.ofComplaint("c1", Side.RESPONDENT, day("2025-02-04")),
                new ComplaintDecision("c1", day("2025-02-05"), DecidingBody.ADMIN_TEAM, false),
                new ComplaintDecision("c1", day("2025-03-05"), DecidingBody.EXECUTIVE_COMMITTEE, false),
                NationalReferral.ofComplaint("c1", day("2025-03-10")),
                new Communication("letter-1", "alex", day("2025-01-12"), "s1", List.of("admin-a", "admin-b"), true),
                new Agm(day("2025-04-01")),
                new PasswordChange("clp-page", day("2025-04-08")),
                new PasswordChange("clp-group", day("2025-04-01"))));

        assertThat(reviews("2025-10-01", history)).isEmpty();
    }

    @Test // INT-15, ESC-1, INT-12
    void aWarningForAnIncidentTheAdminsWereNotConsultedOnIsReviewed() {
        List<Action> reviews = reviews(
                "2025-02-01",
                unconsultedBreach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"));

        assertOneReview(reviews, "s1", ReviewProblem.NOT_CONSULTED, "ESC-1", "INT-12");
        assertThat(reviews.get(0).because()).contains("2025-01-12", "2025-01-10");
    }

    @Test // INT-15, INT-6: an overturned sanction no longer counts, and is not reviewed
    void anOverturnedSanctionIsNotReviewed() {
        List<Action> reviews = reviews(
                "2025-03-01",
                unconsultedBreach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                new Appeal("a1", "alex", "s1", day("2025-01-15"), false),
                Hearing.ofAppeal("a1", Side.APPELLANT, day("2025-01-20")),
                Hearing.ofAppeal("a1", Side.ADMIN_TEAM, day("2025-01-20")),
                new AppealDecision("a1", day("2025-01-25"), Outcome.OVERTURNED, true));

        assertThat(reviews).isEmpty();
    }

    @Test // INT-15, ESC-2
    void aBanWithNoWarningWhoseWindowHeldTheBreachSkippedAStep() {
        List<Action> reviews = reviews(
                "2025-02-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                ban("s1", "2025-01-12", 30, "clp-page", "i1"));

        assertOneReview(reviews, "s1", ReviewProblem.STEP_SKIPPED, "ESC-2");
        assertThat(reviews.get(0).because()).contains("2025-01-12", "2025-01-10");
    }

    @Test // INT-15, ESC-2, INT-2: a breach before the warning was answered by it, not climbed from it
    void aBanForABreachCommittedBeforeTheWarningSkippedAStep() {
        List<Action> reviews = reviews(
                "2025-02-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                breach("i2", "alex", "clp-page", "2025-01-11"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                ban("s2", "2025-01-20", 30, "clp-page", "i2"));

        assertOneReview(reviews, "s2", ReviewProblem.STEP_SKIPPED, "ESC-2");
    }

    @Test // INT-15, ESC-2, INT-2: the record at the time of the ban, not a warning issued after it
    void aBanIssuedBeforeTheWarningItCouldRestOnSkippedAStep() {
        List<Action> reviews = reviews(
                "2025-08-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                breach("i2", "alex", "clp-page", "2025-06-01"),
                ban("s2", "2025-06-02", 30, "clp-page", "i2"),
                warning("s1", "alex", "clp-page", "2025-06-03", "i1"));

        assertThat(reviews)
                .anySatisfy(review -> assertThat(review.text(ActionField.ABOUT)).contains("s2"));
    }

    @Test // INT-15, INT-6: a warning overturned only after the ban was issued was the ban's basis then
    void aBanWhoseWarningWasOverturnedOnlyLaterIsNotReviewed() {
        List<Action> reviews = reviews(
                "2025-09-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                breach("i2", "alex", "clp-page", "2025-06-01"),
                ban("s2", "2025-06-02", 30, "clp-page", "i2"),
                new Appeal("a1", "alex", "s1", day("2025-06-05"), false),
                Hearing.ofAppeal("a1", Side.APPELLANT, day("2025-06-10")),
                Hearing.ofAppeal("a1", Side.ADMIN_TEAM, day("2025-06-10")),
                new AppealDecision("a1", day("2025-06-20"), Outcome.OVERTURNED, true));

        assertThat(reviews).isEmpty();
    }

    @Test // INT-15, ESC-2: a warning overturned before the ban left it no basis
    void aBanWhoseWarningWasOverturnedBeforeItSkippedAStep() {
        List<Action> reviews = reviews(
                "2025-09-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                new Appeal("a1", "alex", "s1", day("2025-01-15"), false),
                Hearing.ofAppeal("a1", Side.APPELLANT, day("2025-01-20")),
                Hearing.ofAppeal("a1", Side.ADMIN_TEAM, day("2025-01-20")),
                new AppealDecision("a1", day("2025-01-25"), Outcome.OVERTURNED, true),
                breach("i2", "alex", "clp-page", "2025-06-01"),
                ban("s2", "2025-06-02", 30, "clp-page", "i2"));

        assertOneReview(reviews, "s2", ReviewProblem.STEP_SKIPPED, "ESC-2");
    }

    @Test // INT-15, ESC-3
    void aLifetimeBanWithNoBanWhoseWindowHeldTheBreachSkippedAStep() {
        List<Action> reviews = reviews(
                "2025-08-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                breach("i2", "alex", "clp-page", "2025-06-01"),
                Sanction.lifetimeBan("s2", "alex", "clp-page", day("2025-06-02"), "i2"));

        assertOneReview(reviews, "s2", ReviewProblem.STEP_SKIPPED, "ESC-3");
    }

    @Test // INT-15, ESC-2
    void aBanOfAnotherLengthThanTheParameterIsReviewed() {
        List<Action> reviews = reviews(
                "2025-08-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                breach("i2", "alex", "clp-page", "2025-06-01"),
                ban("s2", "2025-06-02", 60, "clp-page", "i2"));

        assertOneReview(reviews, "s2", ReviewProblem.BAN_LENGTH, "ESC-2");
        assertThat(reviews.get(0).because()).contains("2025-06-02", "60 days, not 30");
    }

    @Test // INT-15, INT-3
    void aBanOnAnotherPlatformThanTheBreachIsReviewed() {
        List<Action> reviews = reviews(
                "2025-08-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                breach("i2", "alex", "clp-group", "2025-06-01"),
                ban("s2", "2025-06-02", 30, "clp-page", "i2"));

        assertOneReview(reviews, "s2", ReviewProblem.WRONG_PLATFORM, "INT-3");
        assertThat(reviews.get(0).because()).contains("2025-06-02", "2025-06-01", "clp-group");
    }

    @Test // INT-15, ESC-6
    void anAppealDecidedBeforeTheAdminTeamWasHeardIsReviewed() {
        List<Action> reviews = reviews(
                "2025-03-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                new Appeal("a1", "alex", "s1", day("2025-01-15"), false),
                Hearing.ofAppeal("a1", Side.APPELLANT, day("2025-01-20")),
                new AppealDecision("a1", day("2025-01-25"), Outcome.UPHELD, true),
                Hearing.ofAppeal("a1", Side.ADMIN_TEAM, day("2025-01-26")));

        assertOneReview(reviews, "a1", ReviewProblem.DECIDED_UNHEARD, "ESC-6");
        assertThat(reviews.get(0).because()).contains("2025-01-25", "admin team");
    }

    @Test // INT-15, ESC-6
    void aComplaintDecidedWithoutHearingTheRespondentIsReviewed() {
        List<Action> reviews = reviews(
                "2025-03-01",
                new Complaint("c1", "sam", day("2025-02-01"), false, false),
                Hearing.ofComplaint("c1", Side.COMPLAINANT, day("2025-02-03")),
                new ComplaintDecision("c1", day("2025-02-05"), DecidingBody.ADMIN_TEAM, true));

        assertOneReview(reviews, "c1", ReviewProblem.DECIDED_UNHEARD, "ESC-6");
        assertThat(reviews.get(0).because()).contains("2025-02-05", "respondent");
    }

    @Test // INT-15, CMP-5: a review about a complaint is a communication about it, and confidential
    void aReviewAboutAComplaintIsConfidentialAndOneAboutAnAppealIsNot() {
        List<Action> reviews = reviews(
                "2025-03-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                new Appeal("a1", "alex", "s1", day("2025-01-15"), false),
                new AppealDecision("a1", day("2025-01-25"), Outcome.UPHELD, true),
                new Complaint("c1", "sam", day("2025-02-01"), false, false),
                NationalReferral.ofComplaint("c1", day("2025-02-02")),
                new ComplaintDecision("c1", day("2025-02-05"), DecidingBody.ADMIN_TEAM, true));

        assertThat(reviews)
                .hasSize(3)
                .allSatisfy(review -> assertThat(review.confidential())
                        .isEqualTo(review.text(ActionField.ABOUT).orElseThrow().equals("c1")));
    }

    @Test // INT-15, INT-8: a referral sends the matter on; the CLP still reviews its own earlier lapse
    void aComplaintDecidedUnheardIsStillReviewedAfterItWentNational() {
        List<Action> reviews = reviews(
                "2025-03-01",
                new Complaint("c1", "sam", day("2025-02-01"), false, false),
                new ComplaintDecision("c1", day("2025-02-05"), DecidingBody.ADMIN_TEAM, false),
                NationalReferral.ofComplaint("c1", day("2025-02-10")));

        assertOneReview(reviews, "c1", ReviewProblem.DECIDED_UNHEARD, "ESC-6", "CMP-5");
    }

    @Test // INT-15, INT-8
    void anAppealDecidedByTheClpAfterANationalReferralIsReviewed() {
        List<Action> reviews = reviews(
                "2025-03-01",
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                new Appeal("a1", "alex", "s1", day("2025-01-15"), false),
                Hearing.ofAppeal("a1", Side.APPELLANT, day("2025-01-20")),
                Hearing.ofAppeal("a1", Side.ADMIN_TEAM, day("2025-01-20")),
                new AppealDecision("a1", day("2025-01-25"), Outcome.UPHELD, false),
                NationalReferral.ofAppeal("a1", day("2025-02-01")),
                new AppealDecision("a1", day("2025-02-10"), Outcome.OVERTURNED, true));

        assertOneReview(reviews, "a1", ReviewProblem.DECIDED_AFTER_REFERRAL, "INT-8");
        assertThat(reviews.get(0).because()).contains("2025-02-10", "2025-02-01");
    }

    @Test // INT-15, INT-8
    void aComplaintHeardByTheClpAfterANationalReferralIsReviewed() {
        List<Action> reviews = reviews(
                "2025-03-01",
                new Complaint("c1", "sam", day("2025-02-01"), false, false),
                NationalReferral.ofComplaint("c1", day("2025-02-02")),
                Hearing.ofComplaint("c1", Side.COMPLAINANT, day("2025-02-03")));

        assertOneReview(reviews, "c1", ReviewProblem.DECIDED_AFTER_REFERRAL, "INT-8");
    }

    @Test // INT-15, ESC-4, INT-10
    void aLetterLoggedWithoutTheAdminTeamsSignOffIsReviewed() {
        List<Action> reviews = reviews(
                "2025-03-01", new Communication("letter-1", "alex", day("2025-02-02"), null, List.of("admin-a"), true));

        assertOneReview(reviews, "letter-1", ReviewProblem.LOGGED_UNSIGNED, "ESC-4", "INT-10");
        assertThat(reviews.get(0).because()).contains("2025-02-02");
    }

    @Test // INT-15, SEC-5, INT-9
    void aPasswordChangedAfterItsDeadlineIsReviewed() {
        List<Action> reviews = reviews(
                "2025-05-01",
                new Agm(day("2025-04-01")),
                new PasswordChange("clp-page", day("2025-04-09")),
                new PasswordChange("clp-group", day("2025-04-08")));

        assertOneReview(reviews, "clp-page", ReviewProblem.LATE_PASSWORD_CHANGE, "SEC-5", "INT-9");
        assertThat(reviews.get(0).because()).contains("2025-04-09", "2025-04-01", "2025-04-08");
    }

    @Test // INT-15: one review for one thing and problem, naming the earliest fault
    void twoLateChangesOfOnePasswordGiveOneReviewNamingTheEarlier() {
        List<Action> reviews = reviews(
                "2025-12-01",
                new Agm(day("2025-04-01")),
                new PasswordChange("clp-page", day("2025-04-20")),
                new PasswordChange("clp-group", day("2025-04-02")),
                new Agm(day("2025-10-01")),
                new PasswordChange("clp-page", day("2025-10-30")),
                new PasswordChange("clp-group", day("2025-10-02")));

        assertOneReview(reviews, "clp-page", ReviewProblem.LATE_PASSWORD_CHANGE, "SEC-5");
        assertThat(reviews.get(0).because()).contains("2025-04-20");
    }
}
