package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.api.ActionType.BAN;
import static org.conductpolicy.api.ActionType.DECIDE_APPEAL;
import static org.conductpolicy.api.ActionType.HEAR;
import static org.conductpolicy.api.ActionType.REFER_TO_NATIONAL;
import static org.conductpolicy.api.ActionType.ROUTE_APPEAL;
import static org.conductpolicy.api.ActionType.WARN;
import static org.conductpolicy.rules.Matters.MEMBER;
import static org.conductpolicy.rules.Matters.PAGE;
import static org.conductpolicy.rules.Matters.appeal;
import static org.conductpolicy.rules.Matters.appealReferred;
import static org.conductpolicy.rules.Matters.appealed;
import static org.conductpolicy.rules.Matters.day;
import static org.conductpolicy.rules.Matters.decided;
import static org.conductpolicy.rules.Matters.heard;
import static org.conductpolicy.rules.Rules.types;

import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/**
 * appeals-state.drl: the stage each appeal is at, and when the Secretary is involved, seen through the
 * actions each stage brings; and, from the appeal's side, how an appeal moves the ladder (ladder-state.drl).
 */
class AppealsStateTest {

    /** This class tests appeals and their effect on the ladder: other concerns' actions are left out of its decisions. */
    private static Decision decide(String asOf, Fact... facts) {
        return Rules.concerning(Rules.APPEALS_AND_LADDER, Rules.decide(asOf, facts));
    }

    private static Decision decide(String asOf, List<? extends Fact> facts) {
        return Rules.concerning(Rules.APPEALS_AND_LADDER, Rules.decide(asOf, facts));
    }

    private static List<String> routes(Decision decision) {
        return decision.actionsOf(ROUTE_APPEAL).stream()
                .map(action -> action.text(ActionField.TO).orElseThrow())
                .toList();
    }

    private static List<String> sidesToHear(Decision decision) {
        return decision.actionsOf(HEAR).stream()
                .map(action -> action.text(ActionField.SIDE).orElseThrow())
                .toList();
    }

    private static List<Fact> withSecretary(String from, String to, Fact... more) {
        List<Fact> facts = appealed(more);
        facts.add(new Person("secretary-1", Standing.MEMBER));
        facts.add(new Role("secretary-1", RoleName.SECRETARY, null, day(from), to == null ? null : day(to)));
        return facts;
    }

    // --- INT-11: when the Secretary is involved ---

    @Test // ESC-5, INT-11
    void anAppealThatRecordsTheSecretaryAsInvolvedGoesToAnEcOfficerAndNotToTheSecretary() {
        // given an appeal that says the Secretary is involved
        List<Fact> facts = Matters.warned();
        facts.add(appeal("a1", "2025-01-20", true));

        // when
        Decision decision = decide("2025-02-01", facts);

        // then
        assertThat(routes(decision)).containsExactly("ec-officer");
    }

    @Test // ESC-5, INT-11
    void anAppealInWhichTheSecretaryIsNotInvolvedGoesToTheSecretary() {
        Decision decision = decide("2025-02-01", appealed());

        assertThat(routes(decision)).containsExactly("secretary");
    }

    @Test // INT-11: the Secretary is a party to the dispute
    void anAppealBroughtByTheSecretaryGoesToAnEcOfficer() {
        // given member-17 is the Secretary on the day of the appeal
        List<Fact> facts = appealed();
        facts.add(new Role(MEMBER, RoleName.SECRETARY, null, day("2024-05-01"), null));

        Decision decision = decide("2025-02-01", facts);

        assertThat(routes(decision)).containsExactly("ec-officer");
        assertThat(decision.actionsOf(ROUTE_APPEAL).get(0).because()).contains("the appellant was the Secretary");
    }

    @Test // INT-11
    void anAppellantWhoStoppedBeingSecretaryBeforeAppealingIsNotTheSecretaryInvolved() {
        List<Fact> facts = appealed();
        facts.add(new Role(MEMBER, RoleName.SECRETARY, null, day("2024-05-01"), day("2025-01-19")));

        assertThat(routes(decide("2025-02-01", facts))).containsExactly("secretary");
    }

    @Test // INT-11: the Secretary took part in the decision appealed against
    void anAppealAgainstASanctionTheSecretarySignedOffGoesToAnEcOfficer() {
        List<Fact> facts = withSecretary(
                "2024-05-01",
                null,
                new Communication("l1", MEMBER, day("2025-01-12"), "s1", List.of("secretary-1"), true));

        Decision decision = decide("2025-02-01", facts);

        assertThat(routes(decision)).containsExactly("ec-officer");
        assertThat(decision.actionsOf(ROUTE_APPEAL).get(0).because())
                .contains("the Secretary signed off the letter of 2025-01-12");
    }

    @Test // INT-11
    void aLetterAboutTheSanctionSignedOffOnlyByOtherAdminsDoesNotInvolveTheSecretary() {
        List<Fact> facts = withSecretary(
                "2024-05-01",
                null,
                new Person("admin-a", Standing.MEMBER),
                new Communication("l1", MEMBER, day("2025-01-12"), "s1", List.of("admin-a"), true));

        assertThat(routes(decide("2025-02-01", facts))).containsExactly("secretary");
    }

    @Test // INT-11
    void aLetterSignedOffBeforeTheSignerBecameSecretaryDoesNotInvolveTheSecretary() {
        List<Fact> facts = withSecretary(
                "2025-01-15",
                null,
                new Communication("l1", MEMBER, day("2025-01-12"), "s1", List.of("secretary-1"), true));

        assertThat(routes(decide("2025-02-01", facts))).containsExactly("secretary");
    }

    // --- ESC-5, ESC-6: the stages before the EC decides ---

    @Test // ESC-5, ESC-6
    void aLodgedAppealIsRoutedAndBothSidesAreToBeHeard() {
        Decision decision = decide("2025-02-01", appealed());

        assertThat(types(decision)).containsExactly(HEAR, HEAR, ROUTE_APPEAL);
        assertThat(sidesToHear(decision)).containsExactly("admin-team", "appellant");
    }

    @Test // ESC-6
    void anAppealWithOneSideHeardAsksOnlyForTheOtherSideAndIsNoLongerRouted() {
        Decision decision = decide("2025-02-01", appealed(heard("a1", Side.APPELLANT, "2025-01-25")));

        assertThat(types(decision)).containsExactly(HEAR);
        assertThat(sidesToHear(decision)).containsExactly("admin-team");
    }

    @Test // ESC-6
    void hearingTheSameSideTwiceStillLeavesTheOtherSideToHearAndNothingToDecide() {
        Decision decision = decide(
                "2025-02-01",
                appealed(heard("a1", Side.ADMIN_TEAM, "2025-01-25"), heard("a1", Side.ADMIN_TEAM, "2025-01-25")));

        assertThat(types(decision)).containsExactly(HEAR);
        assertThat(sidesToHear(decision)).containsExactly("appellant");
    }

    @Test // ESC-5, ESC-6
    void anAppealHeardOnBothSidesIsForTheEcToDecideAndNothingElse() {
        Decision decision = decide(
                "2025-02-01",
                appealed(heard("a1", Side.APPELLANT, "2025-01-25"), heard("a1", Side.ADMIN_TEAM, "2025-01-27")));

        assertThat(types(decision)).containsExactly(DECIDE_APPEAL);
    }

    // --- ESC-5, ESC-7: after the EC decides ---

    @Test // ESC-5
    void anAppealDecisionTheAppellantAcceptsSettlesTheAppeal() {
        Decision decision = decide(
                "2025-02-20",
                appealed(
                        heard("a1", Side.APPELLANT, "2025-01-25"),
                        heard("a1", Side.ADMIN_TEAM, "2025-01-27"),
                        decided("a1", "2025-02-10", Outcome.UPHELD, true)));

        assertThat(decision.actions()).isEmpty();
    }

    @Test // ESC-7
    void anAppealDecisionTheAppellantDoesNotAcceptContestsTheAppealAndNothingElse() {
        Decision decision = decide(
                "2025-02-20",
                appealed(
                        heard("a1", Side.APPELLANT, "2025-01-25"),
                        heard("a1", Side.ADMIN_TEAM, "2025-01-27"),
                        decided("a1", "2025-02-10", Outcome.UPHELD, false)));

        assertThat(types(decision)).containsExactly(REFER_TO_NATIONAL);
    }

    @Test // ESC-5
    void theLatestDecisionOnAnAppealIsTheOneThatStands() {
        // given the EC decided again after the appellant did not accept its first decision
        Decision decision = decide(
                "2025-03-20",
                appealed(
                        heard("a1", Side.APPELLANT, "2025-01-25"),
                        heard("a1", Side.ADMIN_TEAM, "2025-01-27"),
                        decided("a1", "2025-02-10", Outcome.UPHELD, false),
                        decided("a1", "2025-03-10", Outcome.OVERTURNED, true)));

        assertThat(decision.actions()).isEmpty();
    }

    @Test // ESC-5, ESC-6: a recorded decision is taken as made
    void aDecidedAppealAsksForNoHearingEvenIfASideWasNeverHeard() {
        Decision decision = decide(
                "2025-02-20",
                appealed(heard("a1", Side.APPELLANT, "2025-01-25"), decided("a1", "2025-02-10", Outcome.UPHELD, true)));

        assertThat(decision.actions()).isEmpty();
    }

    // --- ESC-7, INT-8: the national stage ---

    @Test // ESC-7, INT-8
    void anAppealReferredToTheNationalTeamBringsNothingMoreWhateverElseIsKnown() {
        // given a contested decision, a side unheard and an involved Secretary: all moot once referred
        List<Fact> facts = Matters.warned();
        facts.add(appeal("a1", "2025-01-20", true));
        facts.add(heard("a1", Side.APPELLANT, "2025-01-25"));
        facts.add(decided("a1", "2025-02-10", Outcome.UPHELD, false));
        facts.add(appealReferred("a1", "2025-02-15"));

        assertThat(decide("2025-02-20", facts).actions()).isEmpty();
    }

    @Test // ESC-7, INT-8
    void anAppealReferredBeforeAnythingWasHeardBringsNothingMore() {
        assertThat(decide("2025-02-20", appealed(appealReferred("a1", "2025-01-21")))
                        .actions())
                .isEmpty();
    }

    @Test // INT-8: an appeal's matter is the sanction appealed against
    void aSecondAppealAgainstASanctionAlreadyWithTheNationalTeamBringsNothing() {
        Decision decision =
                decide("2025-03-20", appealed(appealReferred("a1", "2025-02-15"), appeal("a2", "2025-03-01", false)));

        assertThat(decision.actions()).isEmpty();
    }

    @Test // INT-8: other matters go on
    void anAppealAgainstAnotherSanctionGoesOnAfterOneIsReferred() {
        List<Fact> facts = appealed(appealReferred("a1", "2025-02-15"));
        facts.add(Incident.consulted("i2", MEMBER, PAGE, day("2025-03-01"), "trolling"));
        facts.add(new Sanction("s2", MEMBER, PAGE, SanctionKind.BAN, day("2025-03-03"), 30, "i2"));
        facts.add(new Appeal("a2", MEMBER, "s2", day("2025-03-05"), false));

        Decision decision = decide("2025-03-10", facts);

        assertThat(decision.actions())
                .extracting(action -> action.text(ActionField.APPEAL).orElseThrow())
                .containsOnly("a2");
        assertThat(types(decision)).containsExactly(HEAR, HEAR, ROUTE_APPEAL);
    }

    // --- INT-6, INT-7: the appeal's side of the ladder (ladder-state.drl) ---

    private static List<Fact> breachedAgainOn(String on, Fact... appealFacts) {
        List<Fact> facts = appealed(appealFacts);
        facts.add(Incident.consulted("i2", MEMBER, PAGE, day(on), "trolling"));
        return facts;
    }

    private static List<Action> ladderSteps(Decision decision) {
        return decision.actions().stream()
                .filter(action -> action.type() == WARN || action.type() == BAN)
                .toList();
    }

    @Test // INT-7
    void aWarningUnderAppealStaysInForceSoAnotherBreachInItsWindowBringsABan() {
        Decision decision = decide("2025-03-02", breachedAgainOn("2025-03-01"));

        assertThat(ladderSteps(decision)).extracting(Action::type).containsExactly(BAN);
    }

    @Test // INT-6, INT-7
    void aWarningUpheldOnAppealStillCountsSoAnotherBreachBringsABan() {
        Decision decision =
                decide("2025-03-02", breachedAgainOn("2025-03-01", decided("a1", "2025-02-10", Outcome.UPHELD, true)));

        assertThat(ladderSteps(decision)).extracting(Action::type).containsExactly(BAN);
    }

    @Test // INT-6, INT-5
    void aWarningOverturnedOnAppealNoLongerCountsSoAnotherBreachBringsAWarningNotABan() {
        Decision decision = decide(
                "2025-03-02", breachedAgainOn("2025-03-01", decided("a1", "2025-02-10", Outcome.OVERTURNED, true)));

        assertThat(ladderSteps(decision)).extracting(Action::type).containsExactly(WARN);
        assertThat(decision.actionsOf(BAN)).isEmpty();
    }

    @Test // INT-8: the ladder is another matter
    void afterANationalReferralTheLadderStillAnswersANewBreach() {
        Decision decision = decide(
                "2025-03-02",
                breachedAgainOn(
                        "2025-03-01",
                        decided("a1", "2025-02-10", Outcome.UPHELD, false),
                        appealReferred("a1", "2025-02-15")));

        assertThat(types(decision)).containsExactly(BAN);
    }
}
