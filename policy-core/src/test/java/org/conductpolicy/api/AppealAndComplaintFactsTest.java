package org.conductpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/**
 * Bad input about appeals and complaints (issue 4) is rejected before anything is decided, with a message
 * that names the fact and the field.
 */
class AppealAndComplaintFactsTest {
    private static final LocalDate AS_OF = day("2025-06-02");

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** member-17, warned on 2025-01-12 (s1), appealed on 2025-01-20 (a1), then the facts given. */
    private static List<Fact> appealed(Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Person("member-17", Standing.MEMBER),
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Sanction("s1", "member-17", "clp-page", SanctionKind.WARNING, day("2025-01-12"), null, null),
                new Appeal("a1", "member-17", "s1", day("2025-01-20"), false)));
        facts.addAll(Arrays.asList(more));
        return facts;
    }

    private static InvalidFactException rejected(List<Fact> facts) {
        return catchThrowableOfType(InvalidFactException.class, () -> CheckedFacts.check(AS_OF, facts));
    }

    @Test // ESC-6
    void aHearingForAnUnknownAppealIsRejectedNamingTheHearingAndItsAppealField() {
        InvalidFactException problem = rejected(appealed(new Hearing("a9", null, Side.APPELLANT, day("2025-02-01"))));

        assertThat(problem.factType()).isEqualTo("hearing");
        assertThat(problem.field()).isEqualTo("appeal");
        assertThat(problem.position()).hasValue(5);
        assertThat(problem).hasMessage("fact 5 (hearing): field 'appeal' names no appeal 'a9'");
    }

    @Test // CMP-1
    void aHearingForAnUnknownComplaintIsRejectedNamingItsComplaintField() {
        InvalidFactException problem = rejected(List.of(new Hearing(null, "c9", Side.COMPLAINANT, day("2025-02-01"))));

        assertThat(problem).hasMessage("fact 1 (hearing): field 'complaint' names no complaint 'c9'");
    }

    @Test // ESC-5
    void anAppealDecisionDatedBeforeTheAppealWasFiledIsRejectedNamingItsOnField() {
        InvalidFactException problem =
                rejected(appealed(new AppealDecision("a1", day("2025-01-15"), Outcome.UPHELD, true)));

        assertThat(problem.factType()).isEqualTo("appeal-decision");
        assertThat(problem.field()).isEqualTo("on");
        assertThat(problem)
                .hasMessage("fact 5 (appeal-decision): field 'on' is 2025-01-15, before the appeal 'a1' was made on"
                        + " 2025-01-20");
    }

    @Test // ESC-6, ESC-7
    void aHearingOrReferralDatedBeforeItsAppealIsRejectedNamingItsOnField() {
        assertThat(rejected(appealed(new Hearing("a1", null, Side.ADMIN_TEAM, day("2025-01-19")))))
                .hasMessageStartingWith("fact 5 (hearing): field 'on' is 2025-01-19, before the appeal 'a1'");
        assertThat(rejected(appealed(new NationalReferral("a1", null, day("2025-01-19")))))
                .hasMessageStartingWith("fact 5 (national-referral): field 'on' is 2025-01-19, before the appeal 'a1'");
    }

    @Test // CMP-2, CMP-7
    void aComplaintDecisionOrReferralDatedBeforeTheComplaintIsRejectedNamingItsOnField() {
        Complaint complaint = new Complaint("c1", "complainant-3", day("2025-03-01"), false, false);

        assertThat(rejected(List.of(
                        complaint, new ComplaintDecision("c1", day("2025-02-28"), DecidingBody.ADMIN_TEAM, true))))
                .hasMessageStartingWith(
                        "fact 2 (complaint-decision): field 'on' is 2025-02-28, before the complaint 'c1'");
        assertThat(rejected(List.of(complaint, new NationalReferral(null, "c1", day("2025-02-28")))))
                .hasMessageStartingWith(
                        "fact 2 (national-referral): field 'on' is 2025-02-28, before the complaint 'c1'");
    }

    @Test // ESC-5
    void anAppealWithNoSanctionIsRejectedNamingTheAppealAndItsSanctionField() {
        assertThatThrownBy(() -> new Appeal("a1", "member-17", null, day("2025-01-20"), false))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("appeal 'a1': field 'sanction' is required");
    }

    @Test // ESC-5
    void aDecisionOnAnAppealAgainstASanctionThatDoesNotExistIsRejectedAtTheAppealsSanctionField() {
        List<Fact> facts = new ArrayList<>(List.of(
                new Person("member-17", Standing.MEMBER),
                new Appeal("a1", "member-17", "s9", day("2025-01-20"), false),
                new AppealDecision("a1", day("2025-02-10"), Outcome.UPHELD, true)));

        InvalidFactException problem = rejected(facts);

        assertThat(problem.factId()).hasValue("a1");
        assertThat(problem).hasMessage("fact 2 (appeal 'a1'): field 'sanction' names no sanction 's9'");
    }

    @Test // ESC-5
    void anAppealDatedBeforeItsSanctionIsRejectedNamingItsOnField() {
        List<Fact> facts = appealed();
        facts.set(3, new Appeal("a1", "member-17", "s1", day("2025-01-11"), false));

        assertThat(rejected(facts))
                .hasMessage("fact 4 (appeal 'a1'): field 'on' is 2025-01-11, before the sanction 's1' was issued on"
                        + " 2025-01-12");
    }

    @Test // ESC-6
    void aHearingOfAnAppealWithAComplaintsSideIsRejectedNamingItsSideField() {
        assertThatThrownBy(() -> new Hearing("a1", null, Side.RESPONDENT, day("2025-02-01")))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("hearing: field 'side' of an appeal must be appellant or admin-team");
    }

    @Test // ESC-6
    void aHearingNamingBothAnAppealAndAComplaintIsRejected() {
        assertThatThrownBy(() -> new Hearing("a1", "c1", Side.APPELLANT, day("2025-02-01")))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("hearing: field 'complaint' cannot be given together with 'appeal'");
    }

    @Test // ESC-7, CMP-7
    void aNationalReferralNamingNeitherAnAppealNorAComplaintIsRejected() {
        assertThatThrownBy(() -> new NationalReferral(null, null, day("2025-02-01")))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("national-referral: field 'appeal' or 'complaint' is required");
    }
}
