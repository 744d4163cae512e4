package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.api.ActionType.DECIDE_APPEAL;
import static org.conductpolicy.api.ActionType.HEAR;
import static org.conductpolicy.api.ActionType.REFER_TO_NATIONAL;
import static org.conductpolicy.api.ActionType.ROUTE_APPEAL;
import static org.conductpolicy.rules.Matters.appeal;
import static org.conductpolicy.rules.Matters.appealReferred;
import static org.conductpolicy.rules.Matters.appealed;
import static org.conductpolicy.rules.Matters.decided;
import static org.conductpolicy.rules.Matters.heard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** appeals.drl: what each stage of an appeal proposes, what it cites and says, and what it never proposes. */
class AppealsTest {

    /** This class tests appeals and their effect on the ladder: other concerns' actions are left out of its decisions. */
    private static Decision decide(String asOf, Fact... facts) {
        return Rules.concerning(Rules.APPEALS_AND_LADDER, Rules.decide(asOf, facts));
    }

    private static Decision decide(String asOf, List<? extends Fact> facts) {
        return Rules.concerning(Rules.APPEALS_AND_LADDER, Rules.decide(asOf, facts));
    }

    private static Action only(Decision decision) {
        assertThat(decision.actions()).hasSize(1);
        return decision.actions().get(0);
    }

    @Test // ESC-5, INT-11
    void routingToTheSecretaryNamesTheAppealAndCitesTheRouteAndWhoIsInvolved() {
        Action route = decide("2025-02-01", appealed()).actionsOf(ROUTE_APPEAL).get(0);

        assertThat(route.fields())
                .containsOnly(Map.entry(ActionField.APPEAL, "a1"), Map.entry(ActionField.TO, "secretary"));
        assertThat(route.clauses()).containsExactly("ESC-5", "INT-11");
        assertThat(route.because()).contains("appeal of 2025-01-20").contains("the Secretary is not involved");
        assertThat(route.confidential()).isFalse();
    }

    @Test // ESC-5, INT-11: never to the Secretary then
    void anAppealInvolvingTheSecretaryIsNeverRoutedToTheSecretary() {
        List<Fact> facts = Matters.warned();
        facts.add(appeal("a1", "2025-01-20", true));

        Decision decision = decide("2025-02-01", facts);

        assertThat(decision.actionsOf(ROUTE_APPEAL))
                .extracting(action -> action.text(ActionField.TO).orElseThrow())
                .containsExactly("ec-officer")
                .doesNotContain("secretary");
        assertThat(decision.actionsOf(ROUTE_APPEAL).get(0).because())
                .contains("the appeal records the Secretary as involved")
                .contains("goes to a trusted EC officer");
    }

    @Test // ESC-6
    void hearingASideNamesTheAppealAndTheSideAndCitesEsc6() {
        Action hear = only(decide("2025-02-01", appealed(heard("a1", Side.ADMIN_TEAM, "2025-01-25"))));

        assertThat(hear.type()).isEqualTo(HEAR);
        assertThat(hear.text(ActionField.APPEAL)).contains("a1");
        assertThat(hear.text(ActionField.SIDE)).contains("appellant");
        assertThat(hear.clauses()).containsExactly("ESC-6");
        assertThat(hear.because()).contains("the appellant has not been heard");
    }

    @Test // ESC-6: no decision with one side heard
    void noDecisionIsProposedWhileOnlyOneSideHasBeenHeard() {
        Decision decision = decide("2025-02-01", appealed(heard("a1", Side.APPELLANT, "2025-01-25")));

        assertThat(decision.actionsOf(DECIDE_APPEAL)).isEmpty();
    }

    @Test // ESC-6: never a side already heard
    void aSideAlreadyHeardIsNeverAskedForAgain() {
        Decision decision = decide("2025-02-01", appealed(heard("a1", Side.APPELLANT, "2025-01-25")));

        assertThat(decision.actionsOf(HEAR))
                .extracting(action -> action.text(ActionField.SIDE).orElseThrow())
                .doesNotContain("appellant");
    }

    @Test // ESC-5, ESC-6
    void theDecisionIsForTheExecutiveCommitteeAndSaysWhenEachSideWasHeard() {
        Action decide = only(decide(
                "2025-02-01",
                appealed(
                        heard("a1", Side.APPELLANT, "2025-01-25"),
                        heard("a1", Side.APPELLANT, "2025-01-29"),
                        heard("a1", Side.ADMIN_TEAM, "2025-01-27"))));

        assertThat(decide.type()).isEqualTo(DECIDE_APPEAL);
        assertThat(decide.text(ActionField.BY)).contains("executive-committee");
        assertThat(decide.clauses()).containsExactly("ESC-5", "ESC-6");
        assertThat(decide.because())
                .contains("the appellant was heard on 2025-01-25")
                .contains("the admin team on 2025-01-27");
    }

    @Test // ESC-7
    void aDecisionNotAcceptedMayGoToTheNationalTeamCitingEsc7() {
        Action refer = only(decide(
                "2025-02-20",
                appealed(
                        heard("a1", Side.APPELLANT, "2025-01-25"),
                        heard("a1", Side.ADMIN_TEAM, "2025-01-27"),
                        decided("a1", "2025-02-10", Outcome.OVERTURNED, false))));

        assertThat(refer.type()).isEqualTo(REFER_TO_NATIONAL);
        assertThat(refer.text(ActionField.APPEAL)).contains("a1");
        assertThat(refer.clauses()).containsExactly("ESC-7");
        assertThat(refer.because()).contains("decision of 2025-02-10").contains("sanction overturned");
    }

    @Test // ESC-5: once decided and accepted, nothing more
    void anAcceptedDecisionNeitherRoutesNorHearsNorDecidesNorRefers() {
        Decision decision = decide(
                "2025-02-20",
                appealed(
                        heard("a1", Side.APPELLANT, "2025-01-25"),
                        heard("a1", Side.ADMIN_TEAM, "2025-01-27"),
                        decided("a1", "2025-02-10", Outcome.UPHELD, true)));

        assertThat(decision.actions()).isEmpty();
    }

    @Test // INT-8: nothing after a national referral
    void afterANationalReferralNoAppealActionIsProposedAtAll() {
        Decision decision = decide(
                "2025-02-20",
                appealed(decided("a1", "2025-02-10", Outcome.UPHELD, false), appealReferred("a1", "2025-02-15")));

        assertThat(decision.actionsOf(ROUTE_APPEAL)).isEmpty();
        assertThat(decision.actionsOf(HEAR)).isEmpty();
        assertThat(decision.actionsOf(DECIDE_APPEAL)).isEmpty();
        assertThat(decision.actionsOf(REFER_TO_NATIONAL)).isEmpty();
    }

    @Test // PUB-1: the public have the same rights
    void aMemberOfThePublicAppealsTheSameWayAsAMember() {
        List<Fact> facts = appealed();
        facts.set(0, new Person(Matters.MEMBER, Standing.PUBLIC));

        assertThat(Rules.types(decide("2025-02-01", facts))).isEqualTo(Rules.types(decide("2025-02-01", appealed())));
    }

    @Test // determinism
    void theSameAppealFactsInAnotherOrderGiveAnEqualDecision() {
        List<Fact> facts =
                appealed(heard("a1", Side.APPELLANT, "2025-01-25"), heard("a1", Side.ADMIN_TEAM, "2025-01-27"));
        List<Fact> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);

        assertThat(decide("2025-02-01", reversed)).isEqualTo(decide("2025-02-01", facts));
    }
}
