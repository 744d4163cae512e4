package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.api.fact.Training;
import org.junit.jupiter.api.Test;

/** Who must own the CLP's platforms and who must run them: ownership.drl. */
class OwnershipTest {
    @Test // OWN-2
    void aClpWebsiteRegisteredToAnIndividualIsTransferredToTheClp() {
        Decision decision =
                decide("2025-06-02", new Platform("clp-site", PlatformKind.WEBSITE, Owner.CLP, Owner.INDIVIDUAL, true));

        assertThat(decision.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.TRANSFER_OWNERSHIP);
            assertThat(action.text(ActionField.PLATFORM)).contains("clp-site");
            assertThat(action.clauses()).contains("OWN-1", "OWN-2");
        });
    }

    @Test // OWN-2, ROL-5: a branch's domain is registered to the CLP too
    void aBranchEmailDomainRegisteredToTheBranchIsTransferredToTheClp() {
        Decision decision = decide(
                "2025-06-02", new Platform("branch-email", PlatformKind.EMAIL, Owner.BRANCH, Owner.BRANCH, false));

        assertThat(Rules.types(decision)).containsExactly(ActionType.TRANSFER_OWNERSHIP);
    }

    @Test // OWN-2: registered to the CLP, or not known: nothing to do
    void aDomainRegisteredToTheClpOrNotRecordedStaysAsItIs() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-site", PlatformKind.WEBSITE, Owner.CLP, Owner.CLP, true),
                new Platform("clp-email", PlatformKind.EMAIL, Owner.CLP, null, true));

        assertThat(decision.isEmpty()).isTrue();
    }

    @Test // OWN-1: the CLP owns all its websites and email addresses
    void aWebsitePresentingAsTheClpsButOwnedByAnIndividualIsTransferred() {
        Decision decision = decide(
                "2025-06-02", new Platform("lookalike-site", PlatformKind.WEBSITE, Owner.INDIVIDUAL, null, true));

        assertThat(Rules.types(decision)).containsExactly(ActionType.TRANSFER_OWNERSHIP);
    }

    @Test // OWN-1: a member's own website that does not present as the CLP's is theirs
    void aMembersOwnWebsiteIsLeftAlone() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("members-blog", PlatformKind.WEBSITE, Owner.INDIVIDUAL, Owner.INDIVIDUAL, false));

        assertThat(decision.isEmpty()).isTrue();
    }

    @Test // INT-13: "a Facebook page, Instagram or Twitter account... is transferred to the CLP"
    void aPageOrAccountPresentingAsTheClpsButOwnedByAnIndividualIsTransferred() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("lookalike-page", PlatformKind.FACEBOOK_PAGE, Owner.INDIVIDUAL, null, true),
                new Platform("lookalike-instagram", PlatformKind.INSTAGRAM, Owner.INDIVIDUAL, null, true),
                new Platform("lookalike-twitter", PlatformKind.TWITTER, Owner.INDIVIDUAL, null, true));

        assertThat(decision.actions())
                .allSatisfy(action -> {
                    assertThat(action.type()).isEqualTo(ActionType.TRANSFER_OWNERSHIP);
                    assertThat(action.clauses()).containsExactlyInAnyOrder("OWN-1", "INT-13");
                })
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("lookalike-page", "lookalike-instagram", "lookalike-twitter");
    }

    @Test // INT-13: only one that presents itself as the CLP's; OWN-1: the CLP's own page is already its own
    void aMembersOwnPageAndTheClpsOwnPageAreLeftAlone() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("members-page", PlatformKind.FACEBOOK_PAGE, Owner.INDIVIDUAL, null, false),
                new Platform("members-twitter", PlatformKind.TWITTER, Owner.INDIVIDUAL, null, false),
                new Platform("clp-instagram", PlatformKind.INSTAGRAM, Owner.CLP, null, true));

        assertThat(decision.actionsOf(ActionType.TRANSFER_OWNERSHIP)).isEmpty();
        assertThat(decision.actionsOf(ActionType.TAKE_DOWN)).isEmpty();
    }

    @Test // INT-13: websites and email are transferred citing OWN-2 as well, domains being its subject
    void aWebsitePosingAsTheClpsCitesTheDomainClauseToo() {
        Decision decision =
                decide("2025-06-02", new Platform("lookalike-email", PlatformKind.EMAIL, Owner.INDIVIDUAL, null, true));

        assertThat(decision.actionsOf(ActionType.TRANSFER_OWNERSHIP))
                .singleElement()
                .satisfies(action -> assertThat(action.clauses()).contains("OWN-1", "OWN-2", "INT-13"));
    }

    @Test // OWN-3
    void aGroupPresentingAsTheClpsButOwnedByAnIndividualIsTakenDown() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("unofficial-members-group", PlatformKind.FACEBOOK_GROUP, Owner.INDIVIDUAL, null, true));

        assertThat(decision.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.TAKE_DOWN);
            assertThat(action.text(ActionField.PLATFORM)).contains("unofficial-members-group");
            assertThat(action.clauses()).containsExactly("OWN-3");
        });
    }

    @Test // OWN-3: only a group that presents itself as the CLP's
    void aMembersOwnGroupThatDoesNotPresentAsTheClpsIsLeftAlone() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("members-own-group", PlatformKind.FACEBOOK_GROUP, Owner.INDIVIDUAL, null, false));

        assertThat(decision.isEmpty()).isTrue();
    }

    @Test // ROL-4
    void aClpPageWithOneVolunteerAdminNeedsAnotherAppointed() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Person("admin-a", Standing.MEMBER),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Training("admin-a", day("2025-02-01")));

        assertThat(decision.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.APPOINT_ADMIN);
            assertThat(action.text(ActionField.PLATFORM)).contains("clp-page");
            assertThat(action.text(ActionField.ROLE)).contains("admin");
            assertThat(action.clauses()).contains("ROL-1", "ROL-4");
            assertThat(action.because()).contains("1 volunteer admins", "2025-06-02");
        });
    }

    @Test // ROL-4
    void aClpPageWithTwoVolunteerAdminsNeedsNoMore() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Person("admin-a", Standing.MEMBER),
                new Person("admin-b", Standing.MEMBER),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Training("admin-a", day("2025-02-01")),
                new Training("admin-b", day("2025-02-01")));

        assertThat(decision.isEmpty()).isTrue();
    }

    @Test // ROL-4, SEC-3: a moderator is not an admin; an admin of another platform does not count here
    void moderatorsAndOtherPlatformsAdminsAreNotCounted() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP),
                new Person("admin-a", Standing.MEMBER),
                new Person("admin-b", Standing.MEMBER),
                new Person("moderator-m", Standing.MEMBER),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-twitter", day("2025-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-twitter", day("2024-01-01"), day("2024-06-01")),
                new Role("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-01-01"), null));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("clp-page", "clp-twitter");
    }

    @Test // ROL-4: one person holding two admin roles on one platform is one volunteer
    void onePersonWithTwoAdminRolesOnAPlatformCountsOnce() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Person("admin-a", Standing.MEMBER),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-02-01"), null));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).hasSize(1);
    }
}
