package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.api.ActionType.CONSIDER_SAFEGUARDING;
import static org.conductpolicy.api.ActionType.HEAR;
import static org.conductpolicy.api.ActionType.INFORM_COMPLAINANT;
import static org.conductpolicy.api.ActionType.MEDIATE;
import static org.conductpolicy.api.ActionType.REFER_TO_NATIONAL;
import static org.conductpolicy.api.ActionType.ROUTE_COMPLAINT;
import static org.conductpolicy.api.fact.DecidingBody.ADMIN_TEAM;
import static org.conductpolicy.api.fact.DecidingBody.EXECUTIVE_COMMITTEE;
import static org.conductpolicy.rules.Matters.complained;
import static org.conductpolicy.rules.Matters.complaintDecided;
import static org.conductpolicy.rules.Matters.complaintHeard;
import static org.conductpolicy.rules.Matters.complaintReferred;
import static org.conductpolicy.rules.Rules.decide;

import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Side;
import org.junit.jupiter.api.Test;

/** complaints.drl: what each stage of a complaint proposes, what it cites and says, and what it never proposes. */
class ComplaintsTest {

    private static final Fact UNRESOLVED_BY_ADMINS = complaintDecided(ADMIN_TEAM, "2025-03-10", false);
    private static final Fact UNRESOLVED_BY_EC = complaintDecided(EXECUTIVE_COMMITTEE, "2025-04-01", false);
    private static final Fact RESOLVED_BY_EC = complaintDecided(EXECUTIVE_COMMITTEE, "2025-04-01", true);

    private static Action the(ActionType type, Decision decision) {
        assertThat(decision.actionsOf(type)).hasSize(1);
        return decision.actionsOf(type).get(0);
    }

    private static Action routeTo(String to, Decision decision) {
        return decision.actionsOf(ROUTE_COMPLAINT).stream()
                .filter(action -> action.text(ActionField.TO).orElseThrow().equals(to))
                .findFirst()
                .orElseThrow();
    }

    @Test // CMP-1
    void anUndecidedComplaintGoesToTheAdminTeamCitingCmp1() {
        Action route = the(ROUTE_COMPLAINT, decide("2025-03-05", complained(false, false)));

        assertThat(route.text(ActionField.COMPLAINT)).contains("c1");
        assertThat(route.text(ActionField.TO)).contains("admin-team");
        assertThat(route.clauses()).containsExactly("CMP-1");
        assertThat(route.because()).contains("complaint of 2025-03-01");
    }

    @Test // CMP-5
    void everyActionAboutAComplaintIsConfidentialAtEveryStage() {
        List<Decision> decisions = List.of(
                decide("2025-04-20", complained(true, true)),
                decide("2025-04-20", complained(true, true, UNRESOLVED_BY_ADMINS)),
                decide("2025-04-20", complained(true, true, UNRESOLVED_BY_ADMINS, UNRESOLVED_BY_EC)),
                decide("2025-04-20", complained(true, true, UNRESOLVED_BY_ADMINS, RESOLVED_BY_EC)));

        assertThat(decisions).flatExtracting(Decision::actions).isNotEmpty().allMatch(Action::confidential);
    }

    @Test // CMP-3
    void aComplaintInvolvingAnotherMemberIsMediatedWhileTheAdminTeamHasIt() {
        Action mediate = the(MEDIATE, decide("2025-03-05", complained(true, false)));

        assertThat(mediate.clauses()).containsExactly("CMP-3");
        assertThat(mediate.because()).contains("involves another member");
    }

    @Test // CMP-3
    void aComplaintInvolvingNoOtherMemberIsNotMediated() {
        assertThat(decide("2025-03-05", complained(false, false)).actionsOf(MEDIATE))
                .isEmpty();
    }

    @Test // CMP-3
    void mediationStopsOnceTheAdminTeamHasDecided() {
        assertThat(decide("2025-03-20", complained(true, false, UNRESOLVED_BY_ADMINS))
                        .actionsOf(MEDIATE))
                .isEmpty();
    }

    @Test // CMP-4: at all times
    void aSafeguardingConcernIsConsideredAtEveryStageTheClpHoldsTheComplaint() {
        List<Decision> decisions = List.of(
                decide("2025-04-20", complained(false, true)),
                decide("2025-04-20", complained(false, true, UNRESOLVED_BY_ADMINS)),
                decide("2025-04-20", complained(false, true, UNRESOLVED_BY_ADMINS, UNRESOLVED_BY_EC)),
                decide("2025-04-20", complained(false, true, UNRESOLVED_BY_ADMINS, RESOLVED_BY_EC)));

        for (Decision decision : decisions) {
            assertThat(the(CONSIDER_SAFEGUARDING, decision).clauses()).containsExactly("CMP-4");
        }
    }

    @Test // CMP-4
    void aComplaintRaisingNoSafeguardingConcernIsNotFlaggedForIt() {
        assertThat(decide("2025-03-05", complained(true, false)).actionsOf(CONSIDER_SAFEGUARDING))
                .isEmpty();
    }

    @Test // CMP-4, INT-8
    void safeguardingIsNoLongerTheClpsToConsiderOnceTheComplaintIsReferred() {
        assertThat(decide("2025-04-20", complained(false, true, complaintReferred("2025-03-05")))
                        .actionsOf(CONSIDER_SAFEGUARDING))
                .isEmpty();
    }

    @Test // ESC-6
    void bothSidesOfAComplaintAreToBeHeardBeforeTheAdminTeamDecides() {
        Decision decision = decide("2025-03-05", complained(false, false));

        assertThat(decision.actionsOf(HEAR))
                .extracting(action -> action.text(ActionField.SIDE).orElseThrow())
                .containsExactly("complainant", "respondent");
        assertThat(decision.actionsOf(HEAR)).allSatisfy(hear -> {
            assertThat(hear.text(ActionField.COMPLAINT)).contains("c1");
            assertThat(hear.text(ActionField.APPEAL)).isEmpty();
            assertThat(hear.clauses()).containsExactly("CMP-2", "ESC-6");
        });
    }

    @Test // ESC-6: never a side already heard
    void aSideOfAComplaintAlreadyHeardIsNotAskedForAgain() {
        Decision decision =
                decide("2025-03-05", complained(false, false, complaintHeard(Side.RESPONDENT, "2025-03-02")));

        assertThat(decision.actionsOf(HEAR))
                .extracting(action -> action.text(ActionField.SIDE).orElseThrow())
                .containsExactly("complainant");
    }

    @Test // ESC-6, CMP-6
    void aSideNeverHeardByTheAdminTeamIsHeardBeforeTheEcDecides() {
        Decision decision = decide(
                "2025-03-20",
                complained(false, false, complaintHeard(Side.COMPLAINANT, "2025-03-02"), UNRESOLVED_BY_ADMINS));

        assertThat(decision.actionsOf(HEAR))
                .extracting(action -> action.text(ActionField.SIDE).orElseThrow())
                .containsExactly("respondent");
    }

    @Test // ESC-6
    void noHearingIsAskedForOnceTheEcHasDecided() {
        assertThat(decide("2025-04-20", complained(false, false, UNRESOLVED_BY_ADMINS, UNRESOLVED_BY_EC))
                        .actionsOf(HEAR))
                .isEmpty();
    }

    @Test // CMP-6
    void anUnresolvedAdminTeamDecisionGoesToTheSecretaryWhoTakesItToTheEc() {
        Decision decision = decide("2025-03-20", complained(false, false, UNRESOLVED_BY_ADMINS));

        assertThat(routeTo("secretary", decision).clauses()).containsExactly("CMP-6");
        assertThat(routeTo("secretary", decision).because()).contains("decision of 2025-03-10");
        assertThat(routeTo("executive-committee", decision).because()).contains("the Secretary takes it to the EC");
        assertThat(decision.actionsOf(ROUTE_COMPLAINT))
                .extracting(action -> action.text(ActionField.TO).orElseThrow())
                .doesNotContain("admin-team", "national-complaints");
        assertThat(decision.actionsOf(INFORM_COMPLAINANT)).isEmpty();
        assertThat(decision.actionsOf(REFER_TO_NATIONAL)).isEmpty();
    }

    @Test // CMP-7
    void anUnresolvedEcDecisionGoesToTheNationalComplaintsTeamCitingCmp7() {
        Decision decision = decide("2025-04-20", complained(false, false, UNRESOLVED_BY_ADMINS, UNRESOLVED_BY_EC));

        Action route = routeTo("national-complaints", decision);
        Action refer = the(REFER_TO_NATIONAL, decision);
        assertThat(route.clauses()).containsExactly("CMP-7");
        assertThat(refer.clauses()).containsExactly("CMP-7");
        assertThat(refer.text(ActionField.COMPLAINT)).contains("c1");
        assertThat(refer.because()).contains("EC's decision of 2025-04-01");
        assertThat(decision.actionsOf(ROUTE_COMPLAINT)).hasSize(1);
    }

    @Test // CMP-2
    void theComplainantIsToldTheDecisionThatResolvedItAndWhoMadeIt() {
        Action byAdmins = the(
                INFORM_COMPLAINANT,
                decide("2025-03-20", complained(false, false, complaintDecided(ADMIN_TEAM, "2025-03-10", true))));
        Action byEc = the(
                INFORM_COMPLAINANT,
                decide("2025-04-20", complained(false, false, UNRESOLVED_BY_ADMINS, RESOLVED_BY_EC)));

        assertThat(byAdmins.clauses()).containsExactly("CMP-2");
        assertThat(byAdmins.because()).contains("the admin team's decision of 2025-03-10");
        assertThat(byEc.because()).contains("the EC's decision of 2025-04-01");
    }

    @Test // CMP-2
    void anUnresolvedDecisionDoesNotTellTheComplainantAgain() {
        assertThat(decide("2025-04-20", complained(false, false, UNRESOLVED_BY_ADMINS, UNRESOLVED_BY_EC))
                        .actionsOf(INFORM_COMPLAINANT))
                .isEmpty();
    }

    @Test // INT-8: nothing after a national referral
    void afterANationalReferralNoComplaintActionOfAnyKindIsProposed() {
        Decision decision = decide(
                "2025-04-20",
                complained(
                        true,
                        true,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        UNRESOLVED_BY_ADMINS,
                        UNRESOLVED_BY_EC,
                        complaintReferred("2025-04-05")));

        assertThat(decision.actions()).isEmpty();
    }
}
