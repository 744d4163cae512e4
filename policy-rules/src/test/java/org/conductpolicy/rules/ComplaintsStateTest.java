package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.api.ActionType.HEAR;
import static org.conductpolicy.api.ActionType.INFORM_COMPLAINANT;
import static org.conductpolicy.api.ActionType.REFER_TO_NATIONAL;
import static org.conductpolicy.api.ActionType.ROUTE_COMPLAINT;
import static org.conductpolicy.api.fact.DecidingBody.ADMIN_TEAM;
import static org.conductpolicy.api.fact.DecidingBody.EXECUTIVE_COMMITTEE;
import static org.conductpolicy.rules.Matters.complained;
import static org.conductpolicy.rules.Matters.complaintDecided;
import static org.conductpolicy.rules.Matters.complaintHeard;
import static org.conductpolicy.rules.Matters.complaintReferred;
import static org.conductpolicy.rules.Rules.decide;
import static org.conductpolicy.rules.Rules.types;

import java.util.List;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Side;
import org.junit.jupiter.api.Test;

/** complaints-state.drl: the stage each complaint is at, seen through the actions each stage brings. */
class ComplaintsStateTest {

    private static List<String> routes(Decision decision) {
        return decision.actionsOf(ROUTE_COMPLAINT).stream()
                .map(action -> action.text(ActionField.TO).orElseThrow())
                .toList();
    }

    @Test // CMP-1, CMP-2, ESC-6
    void anUndecidedComplaintIsWithTheAdminTeamAndBothSidesAreToBeHeard() {
        Decision decision = decide("2025-03-05", complained(false, false));

        assertThat(types(decision)).containsExactly(HEAR, HEAR, ROUTE_COMPLAINT);
        assertThat(routes(decision)).containsExactly("admin-team");
    }

    @Test // CMP-6
    void anUnresolvedAdminTeamDecisionSendsTheComplaintToTheSecretaryAndOnToTheEc() {
        Decision decision = decide(
                "2025-03-20",
                complained(
                        false,
                        false,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        complaintDecided(ADMIN_TEAM, "2025-03-10", false)));

        assertThat(types(decision)).containsExactly(ROUTE_COMPLAINT, ROUTE_COMPLAINT);
        assertThat(routes(decision)).containsExactlyInAnyOrder("secretary", "executive-committee");
    }

    @Test // CMP-2
    void aResolvedAdminTeamDecisionOnlyTellsTheComplainant() {
        Decision decision = decide(
                "2025-03-20",
                complained(
                        false,
                        false,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        complaintDecided(ADMIN_TEAM, "2025-03-10", true)));

        assertThat(types(decision)).containsExactly(INFORM_COMPLAINANT);
    }

    @Test // CMP-2
    void theAdminTeamsLatestDecisionIsTheOneThatStands() {
        // given the admin team looked again and the complainant is now content
        Decision decision = decide(
                "2025-03-20",
                complained(
                        false,
                        false,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        complaintDecided(ADMIN_TEAM, "2025-03-10", false),
                        complaintDecided(ADMIN_TEAM, "2025-03-15", true)));

        assertThat(types(decision)).containsExactly(INFORM_COMPLAINANT);
    }

    @Test // CMP-6, CMP-2
    void aResolvedEcDecisionTellsTheComplainantAndNoLongerRoutesToTheSecretary() {
        Decision decision = decide(
                "2025-04-20",
                complained(
                        false,
                        false,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        complaintDecided(ADMIN_TEAM, "2025-03-10", false),
                        complaintDecided(EXECUTIVE_COMMITTEE, "2025-04-10", true)));

        assertThat(types(decision)).containsExactly(INFORM_COMPLAINANT);
    }

    @Test // CMP-7
    void anUnresolvedEcDecisionSendsTheComplaintToTheNationalTeamAndNothingElse() {
        Decision decision = decide(
                "2025-04-20",
                complained(
                        false,
                        false,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        complaintDecided(ADMIN_TEAM, "2025-03-10", false),
                        complaintDecided(EXECUTIVE_COMMITTEE, "2025-04-10", false)));

        assertThat(types(decision)).containsExactly(REFER_TO_NATIONAL, ROUTE_COMPLAINT);
        assertThat(routes(decision)).containsExactly("national-complaints");
    }

    @Test // CMP-6, CMP-7: the EC is above the admin team
    void theEcsDecisionStandsOverALaterAdminTeamDecision() {
        Decision decision = decide(
                "2025-04-20",
                complained(
                        false,
                        false,
                        complaintDecided(EXECUTIVE_COMMITTEE, "2025-04-01", false),
                        complaintDecided(ADMIN_TEAM, "2025-04-10", true)));

        assertThat(routes(decision)).containsExactly("national-complaints");
        assertThat(decision.actionsOf(INFORM_COMPLAINANT)).isEmpty();
    }

    @Test // CMP-7, INT-8
    void aComplaintReferredToTheNationalTeamBringsNothingMoreWhateverElseIsKnown() {
        // given a complaint that involves a member and raises safeguarding, never decided nor heard
        Decision decision = decide("2025-04-20", complained(true, true, complaintReferred("2025-03-05")));

        assertThat(decision.actions()).isEmpty();
    }

    @Test // CMP-7, INT-8
    void aComplaintReferredAfterTheEcLeftItUnresolvedBringsNothingMore() {
        Decision decision = decide(
                "2025-04-20",
                complained(
                        true,
                        true,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        complaintDecided(ADMIN_TEAM, "2025-03-10", false),
                        complaintDecided(EXECUTIVE_COMMITTEE, "2025-04-01", false),
                        complaintReferred("2025-04-05")));

        assertThat(decision.actions()).isEmpty();
    }

    @Test // ESC-6
    void hearingTheSameSideTwiceStillLeavesTheOtherSideToHear() {
        Decision decision = decide(
                "2025-03-05",
                complained(
                        false,
                        false,
                        complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        complaintHeard(Side.COMPLAINANT, "2025-03-04")));

        assertThat(decision.actionsOf(HEAR))
                .extracting(action -> action.text(ActionField.SIDE).orElseThrow())
                .containsExactly("respondent");
    }
}
