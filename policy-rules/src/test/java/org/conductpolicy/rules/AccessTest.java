package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** Who may open what, and what follows an opening that was not allowed: access-state.drl and access.drl. */
class AccessTest {
    private static Decision given(String asOf, Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP),
                new Platform("branch-page", PlatformKind.FACEBOOK_PAGE, Owner.BRANCH),
                new Platform("members-own-group", PlatformKind.FACEBOOK_GROUP, Owner.INDIVIDUAL),
                new Platform("store", PlatformKind.PASSWORD_STORE, Owner.CLP),
                new Person("chair-1", Standing.MEMBER),
                new Person("smo-1", Standing.MEMBER),
                new Person("admin-a", Standing.MEMBER),
                new Person("moderator-m", Standing.MEMBER),
                new Person("ec-officer-e", Standing.MEMBER),
                new Person("member-17", Standing.MEMBER)));
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    /**
     * What access decides: the fixture's pages also lack volunteer admins, which is ownership.drl's matter,
     * and its admins their training, which is training.drl's.
     */
    private static List<Action> securityActions(Decision decision) {
        return decision.actions().stream()
                .filter(action -> action.type() != ActionType.APPOINT_ADMIN && action.type() != ActionType.TRAIN)
                .toList();
    }

    private static List<ActionType> accessActions(Decision decision) {
        return decision.actions().stream()
                .map(action -> action.type())
                .filter(type -> type == ActionType.REVOKE_ACCESS || type == ActionType.REFER_FOR_DISCIPLINE)
                .toList();
    }

    @Test // SEC-2
    void anAdminMayOpenThePlatformTheyAdminister() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Access("admin-a", "clp-page", day("2025-06-01")));

        assertThat(securityActions(decision)).isEmpty();
    }

    @Test // SEC-2: "and no other"
    void anAdminOfOnePlatformMayNotOpenAnother() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Access("admin-a", "clp-twitter", day("2025-06-01")));

        assertThat(securityActions(decision))
                .extracting(
                        action -> action.type(),
                        action -> action.text(ActionField.PERSON).orElse(null),
                        action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple(ActionType.REVOKE_ACCESS, "admin-a", "clp-twitter"),
                        tuple(ActionType.REFER_FOR_DISCIPLINE, "admin-a", "clp-twitter"),
                        tuple(ActionType.CHANGE_PASSWORD, null, "clp-twitter"));
    }

    @Test // ROL-1, SEC-1: the officers may open every governed platform and the store
    void anOfficerMayOpenEveryGovernedPlatformAndTheStore() {
        Decision decision = given(
                "2025-06-02",
                new Role("smo-1", RoleName.SOCIAL_MEDIA_OFFICER, null, day("2025-01-01"), null),
                new Access("smo-1", "clp-page", day("2025-06-01")),
                new Access("smo-1", "branch-page", day("2025-06-01")),
                new Access("smo-1", "store", day("2025-06-01")));

        assertThat(securityActions(decision)).isEmpty();
    }

    @Test // SEC-1: "only the Chair, the Secretary and the SMO may open it"
    void anAdminWhoIsNotAnOfficerMayNotOpenTheStore() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Access("admin-a", "store", day("2025-06-01")));

        assertThat(accessActions(decision)).containsExactly(ActionType.REFER_FOR_DISCIPLINE, ActionType.REVOKE_ACCESS);
        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS).get(0).clauses())
                .contains("SEC-1");
    }

    @Test // SEC-3: moderators have no access to passwords
    void aModeratorMayOpenNeitherTheirPlatformNorTheStore() {
        Decision decision = given(
                "2025-06-02",
                new Role("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-01-01"), null),
                new Access("moderator-m", "clp-page", day("2025-06-01")),
                new Access("moderator-m", "store", day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("clp-page", "store");
        assertThat(decision.actionsOf(ActionType.REFER_FOR_DISCIPLINE)).hasSize(2);
    }

    @Test // SEC-1: an EC officer is not one of the three officers
    void anEcOfficerMayNotOpenTheStore() {
        Decision decision = given(
                "2025-06-02",
                new Role("ec-officer-e", RoleName.EC_OFFICER, null, day("2025-01-01"), null),
                new Access("ec-officer-e", "store", day("2025-06-01")));

        assertThat(accessActions(decision)).hasSize(2);
    }

    @Test // SEC-6
    void aMemberWithNoRoleWhoOpensAPlatformIsReferredForDiscipline() {
        Decision decision = given("2025-06-02", new Access("member-17", "clp-page", day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.REFER_FOR_DISCIPLINE))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.text(ActionField.PERSON)).contains("member-17");
                    assertThat(action.text(ActionField.PLATFORM)).contains("clp-page");
                    assertThat(action.clauses()).contains("SEC-6");
                    assertThat(action.due()).isEqualTo(day("2025-06-02"));
                });
    }

    @Test // SEC-2: a role entitles from its first day to its last, both included
    void aRoleEntitlesOnItsFirstAndLastDaysButNotAfter() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-03-01"), day("2025-05-31")),
                new Access("admin-a", "clp-page", day("2025-03-01")),
                new Access("admin-a", "clp-page", day("2025-05-31")),
                new Access("admin-a", "clp-page", day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.REFER_FOR_DISCIPLINE))
                .extracting(action -> action.because())
                .singleElement()
                .asString()
                .contains("2025-06-01");
    }

    @Test // SEC-2: nor before it begins; INT-14: but one appointed since keeps the access they now hold
    void aRoleDoesNotEntitleBeforeItsFirstDay() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-06-02"), null),
                new Access("admin-a", "clp-page", day("2025-06-01")));

        assertThat(accessActions(decision)).containsExactly(ActionType.REFER_FOR_DISCIPLINE);
    }

    @Test // ROL-1: an officer's access ends with their office
    void anOfficerWhoseTermHasEndedMayNoLongerOpenTheStore() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2024-05-01"), day("2025-05-01")),
                new Access("chair-1", "store", day("2025-05-02")));

        assertThat(accessActions(decision)).hasSize(2);
    }

    @Test // ROL-5: branch platforms follow the same procedures
    void aBranchPlatformIsGuardedLikeTheClps() {
        Decision decision = given("2025-06-02", new Access("member-17", "branch-page", day("2025-06-01")));

        assertThat(accessActions(decision)).hasSize(2);
    }

    @Test // SEC-6 governs the CLP's and branches' platforms, not a member's own
    void openingAPlatformAnIndividualOwnsIsNotTheClpsConcern() {
        Decision decision = given("2025-06-02", new Access("member-17", "members-own-group", day("2025-06-01")));

        assertThat(securityActions(decision)).isEmpty();
    }

    private static List<String> revokedPlatforms(Decision decision, String person) {
        return decision.actionsOf(ActionType.REVOKE_ACCESS).stream()
                .filter(action -> action.text(ActionField.PERSON).orElseThrow().equals(person))
                .map(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .toList();
    }

    @Test // EXT-1, INT-14: a leaver's access is revoked, not only the passwords they held changed
    void anAdminWhoLeavesHasTheirAccessToThePlatformTheyHeldRevoked() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), day("2025-06-01")),
                Departure.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS)).singleElement().satisfies(action -> {
            assertThat(action.text(ActionField.PERSON)).contains("admin-a");
            assertThat(action.text(ActionField.PLATFORM)).contains("clp-page");
            assertThat(action.clauses()).contains("EXT-1", "INT-14");
            assertThat(action.due()).isEqualTo(day("2025-06-02"));
            assertThat(action.because()).contains("admin", "2025-06-01", "clp-page", "2025-06-02");
        });
        assertThat(decision.actionsOf(ActionType.REFER_FOR_DISCIPLINE)).isEmpty();
    }

    @Test // EXT-1, ROL-1, SEC-1: an officer held every governed platform and the store
    void anOfficerWhoLeavesHasTheirAccessToEveryGovernedPlatformAndTheStoreRevoked() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2024-05-01"), day("2025-06-01")),
                Departure.of("chair-1", RoleName.CHAIR, day("2025-06-01")));

        assertThat(revokedPlatforms(decision, "chair-1"))
                .containsExactlyInAnyOrder("clp-page", "clp-twitter", "branch-page", "store");
    }

    @Test // EXT-1, INT-14: the departure ends the role, whether or not the role was given an end
    void aLeaverWhoseRoleWasNotGivenAnEndLosesTheirAccessAllTheSame() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                Departure.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2025-06-02")));

        assertThat(revokedPlatforms(decision, "admin-a")).containsExactly("clp-page");
    }

    @Test // INT-14: "as of the day asked about": a leaver appointed again since is entitled
    void aLeaverAppointedAgainSinceKeepsTheirAccess() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), day("2025-03-01")),
                Departure.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2025-03-01")),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-05-01"), null));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS)).isEmpty();
    }

    @Test // INT-14, ROL-1: an admin who leaves their admin role but is still an officer is entitled as one
    void anAdminWhoLeavesButIsStillAnOfficerKeepsTheirAccess() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2025-01-01"), null),
                new Role("chair-1", RoleName.ADMIN, "clp-page", day("2025-01-01"), day("2025-06-01")),
                Departure.onPlatform("chair-1", RoleName.ADMIN, "clp-page", day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS)).isEmpty();
    }

    @Test // INT-14: a Chair who leaves but stays Secretary keeps every platform; SEC-1 the store too
    void anOfficerWhoLeavesOneOfficeButHoldsAnotherKeepsTheirAccess() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2024-05-01"), day("2025-06-01")),
                Departure.of("chair-1", RoleName.CHAIR, day("2025-06-01")),
                new Role("chair-1", RoleName.SECRETARY, null, day("2025-06-01"), null));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS)).isEmpty();
    }

    @Test // EXT-1 names admins and officers; SEC-3: a moderator held no access
    void aModeratorWhoLeavesHasNoAccessToRevoke() {
        Decision decision = given(
                "2025-06-02",
                new Role("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-01-01"), day("2025-06-01")),
                Departure.onPlatform("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS)).isEmpty();
    }

    @Test // SEC-6, INT-14: opened before being appointed: referred for discipline, keeps the access now held
    void someoneWhoOpenedAPlatformBeforeBeingAppointedToItIsReferredButKeepsTheAccessTheyNowHold() {
        Decision decision = given(
                "2025-06-02",
                new Access("member-17", "clp-page", day("2025-05-01")),
                new Role("member-17", RoleName.ADMIN, "clp-page", day("2025-05-10"), null));

        assertThat(decision.actionsOf(ActionType.REFER_FOR_DISCIPLINE))
                .extracting(action -> action.text(ActionField.PERSON).orElseThrow())
                .containsExactly("member-17");
        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS)).isEmpty();
    }

    @Test // INT-14: an unauthorised opener still not entitled has their access revoked, citing the reading
    void anUnauthorisedOpenerStillNotEntitledHasTheirAccessRevoked() {
        Decision decision = given("2025-06-02", new Access("member-17", "clp-page", day("2025-05-01")));

        assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS))
                .singleElement()
                .satisfies(action -> assertThat(action.clauses()).contains("SEC-6", "INT-14"));
    }

    @Test // INT-14: entitled to another platform only is not entitled to this one
    void anOpenerAppointedSinceToAnotherPlatformOnlyStillLosesTheAccess() {
        Decision decision = given(
                "2025-06-02",
                new Access("member-17", "clp-page", day("2025-05-01")),
                new Role("member-17", RoleName.ADMIN, "clp-twitter", day("2025-05-10"), null));

        assertThat(revokedPlatforms(decision, "member-17")).containsExactly("clp-page");
    }
}
