package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.junit.jupiter.api.Test;

/**
 * Which platforms the procedures govern, and how: platforms.drl, seen through the password and
 * composition rules that use it.
 */
class PlatformsTest {
    @Test // OWN-1, ROL-5: the CLP's and the branches' platforms are governed; an individual's is not
    void theClpsAndTheBranchesPlatformsAreGovernedAndAnIndividualsIsNot() {
        Decision decision = decide(
                "2025-05-02",
                new Platform("clp-site", PlatformKind.WEBSITE, Owner.CLP),
                new Platform("branch-email", PlatformKind.EMAIL, Owner.BRANCH),
                new Platform("members-own-page", PlatformKind.FACEBOOK_PAGE, Owner.INDIVIDUAL),
                new Agm(day("2025-05-01")));

        assertThat(decision.actionsOf(ActionType.CHANGE_PASSWORD))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("clp-site", "branch-email");
    }

    @Test // SEC-1: the store's own password is held by the officers, whoever the store is recorded as owned by
    void aPasswordStoreIsTheStoreWhoeverOwnsIt() {
        Decision decision = decide(
                "2025-05-02",
                new Platform("store", PlatformKind.PASSWORD_STORE, Owner.BRANCH),
                new Agm(day("2025-05-01")));

        assertThat(decision.actionsOf(ActionType.CHANGE_PASSWORD))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactly("store");
    }

    @Test // ROL-4: pages, groups and accounts of the CLP are run by volunteer admins
    void theClpsPagesGroupsAndAccountsNeedVolunteerAdmins() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("clp-group", PlatformKind.FACEBOOK_GROUP, Owner.CLP),
                new Platform("clp-instagram", PlatformKind.INSTAGRAM, Owner.CLP),
                new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("clp-page", "clp-group", "clp-instagram", "clp-twitter");
    }

    @Test // ROL-4: websites, email and the store have no volunteer admins; ROL-5: branches compose their own
    void websitesEmailTheStoreAndBranchPlatformsNeedNoVolunteerAdmins() {
        Decision decision = decide(
                "2025-06-02",
                new Platform("clp-site", PlatformKind.WEBSITE, Owner.CLP),
                new Platform("clp-email", PlatformKind.EMAIL, Owner.CLP),
                new Platform("store", PlatformKind.PASSWORD_STORE, Owner.CLP),
                new Platform("branch-page", PlatformKind.FACEBOOK_PAGE, Owner.BRANCH),
                new Platform("members-own-group", PlatformKind.FACEBOOK_GROUP, Owner.INDIVIDUAL));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).isEmpty();
    }
}
