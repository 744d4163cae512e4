package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** Letters signed off by the admin team and logged with the Secretary: communications(-state).drl. */
class CommunicationsTest {
    private static Decision given(String asOf, Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP),
                new Person("member-17", Standing.MEMBER),
                new Person("chair-1", Standing.MEMBER),
                new Person("admin-a", Standing.MEMBER),
                new Person("admin-b", Standing.MEMBER),
                new Person("admin-t", Standing.MEMBER),
                new Person("moderator-m", Standing.MEMBER),
                new Role("chair-1", RoleName.CHAIR, null, day("2024-01-01"), null),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2024-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-page", day("2024-01-01"), day("2025-03-31")),
                new Role("admin-t", RoleName.ADMIN, "clp-twitter", day("2024-01-01"), null),
                new Role("moderator-m", RoleName.MODERATOR, "clp-page", day("2024-01-01"), null),
                new Sanction("s1", "member-17", "clp-page", SanctionKind.WARNING, day("2025-03-01"), null, null)));
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    private static List<ActionType> letterActions(Decision decision) {
        return decision.actions().stream()
                .map(Action::type)
                .filter(type -> type == ActionType.SIGN_OFF || type == ActionType.LOG_COMMUNICATION)
                .toList();
    }

    private static Communication letter(String on, boolean logged, String... signers) {
        return new Communication("letter-1", "member-17", day(on), "s1", List.of(signers), logged);
    }

    @Test // ESC-4, INT-10
    void aLetterSignedByOneAdminMustBeSignedOffByTheTeam() {
        Decision decision = given("2025-06-02", letter("2025-03-02", false, "admin-a"));

        assertThat(decision.actionsOf(ActionType.SIGN_OFF))
                .singleElement()
                .satisfies(action -> assertThat(action.clauses()).contains("ESC-4", "INT-10"));
        assertThat(letterActions(decision)).containsExactly(ActionType.SIGN_OFF);
    }

    @Test // ESC-4, INT-10: signed off by 2 admins of the platform concerned, then logged
    void aLetterSignedByTwoAdminsOfThePlatformButNotLoggedMustBeLogged() {
        Decision decision = given("2025-06-02", letter("2025-03-02", false, "admin-a", "admin-b"));

        assertThat(letterActions(decision)).containsExactly(ActionType.LOG_COMMUNICATION);
    }

    @Test // ESC-4
    void aLetterSignedOffAndLoggedNeedsNothingMore() {
        Decision decision = given("2025-06-02", letter("2025-03-02", true, "admin-a", "admin-b"));

        assertThat(letterActions(decision)).isEmpty();
    }

    @Test // INT-10: admins of the platform concerned; another platform's admin does not count
    void anAdminOfAnotherPlatformDoesNotMakeTheTeam() {
        Decision decision = given("2025-06-02", letter("2025-03-02", true, "admin-a", "admin-t"));

        assertThat(letterActions(decision)).containsExactly(ActionType.SIGN_OFF);
    }

    @Test // INT-10, SEC-3: a moderator is not an admin
    void aModeratorDoesNotMakeTheTeam() {
        Decision decision = given("2025-06-02", letter("2025-03-02", true, "admin-a", "moderator-m"));

        assertThat(letterActions(decision)).containsExactly(ActionType.SIGN_OFF);
    }

    @Test // INT-10, ROL-1: the officers are admins on every CLP platform
    void anOfficerCountsAsAnAdminOfThePlatformConcerned() {
        Decision decision = given("2025-06-02", letter("2025-03-02", true, "admin-a", "chair-1"));

        assertThat(letterActions(decision)).isEmpty();
    }

    @Test // INT-10: an admin on the day the letter is dated
    void anAdminWhoseRoleEndedBeforeTheLetterDoesNotMakeTheTeam() {
        Decision decision = given("2025-06-02", letter("2025-04-01", true, "admin-a", "admin-b"));

        assertThat(letterActions(decision)).containsExactly(ActionType.SIGN_OFF);
    }

    @Test // INT-10: one admin listed twice is still one admin
    void theSameAdminSigningTwiceIsOneSignature() {
        Decision decision = given("2025-06-02", letter("2025-03-02", true, "admin-a", "admin-a"));

        assertThat(letterActions(decision)).containsExactly(ActionType.SIGN_OFF);
    }

    @Test // INT-10: a letter about an appeal concerns the platform of the sanction appealed against
    void aLetterAboutAnAppealIsSignedOffByThePlatformOfTheSanctionAppealed() {
        Appeal appeal = new Appeal("appeal-1", "member-17", "s1", day("2025-03-05"), false);
        Decision byPageAdmins = given(
                "2025-06-02",
                appeal,
                new Communication(
                        "letter-1", "member-17", day("2025-03-06"), "appeal-1", List.of("admin-a", "admin-b"), true));
        Decision byOthers = given(
                "2025-06-02",
                appeal,
                new Communication(
                        "letter-1", "member-17", day("2025-03-06"), "appeal-1", List.of("admin-t", "admin-a"), true));

        assertThat(letterActions(byPageAdmins)).isEmpty();
        assertThat(letterActions(byOthers)).containsExactly(ActionType.SIGN_OFF);
    }

    @Test // INT-10: a letter about nothing on record needs 2 admins of any one platform
    void aLetterAboutNothingOnRecordNeedsTwoAdminsOfOnePlatform() {
        Decision ofOnePlatform = given(
                "2025-06-02",
                new Communication(
                        "letter-1", "member-17", day("2025-03-06"), null, List.of("admin-a", "admin-b"), true));
        Decision ofTwoPlatforms = given(
                "2025-06-02",
                new Communication(
                        "letter-1", "member-17", day("2025-03-06"), null, List.of("admin-a", "admin-t"), true));

        assertThat(letterActions(ofOnePlatform)).isEmpty();
        assertThat(letterActions(ofTwoPlatforms)).containsExactly(ActionType.SIGN_OFF);
    }
}
