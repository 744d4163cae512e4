package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.util.ArrayList;
import java.util.List;
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

/**
 * What each role makes its holder, and for which days: roles.drl, seen through the access and
 * composition rules that use it.
 */
class RolesTest {
    private static Decision given(String asOf, Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Person("chair-1", Standing.MEMBER),
                new Person("secretary-1", Standing.MEMBER),
                new Person("admin-a", Standing.MEMBER),
                new Person("admin-b", Standing.MEMBER)));
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    @Test // ROL-1: the Chair, the Secretary and the SMO are admins on every CLP platform
    void eachOfTheThreeOfficersIsAnAdminOfEveryGovernedPlatform() {
        for (RoleName officer : List.of(RoleName.CHAIR, RoleName.SECRETARY, RoleName.SOCIAL_MEDIA_OFFICER)) {
            Decision decision = given(
                    "2025-06-02",
                    new Role("chair-1", officer, null, day("2025-01-01"), null),
                    new Access("chair-1", "clp-page", day("2025-06-01")));

            assertThat(decision.actionsOf(ActionType.REVOKE_ACCESS))
                    .as(officer.name())
                    .isEmpty();
        }
    }

    @Test // ROL-4: "2 other volunteer admins": an officer holding an admin role is not a volunteer
    void anOfficerWhoAlsoHoldsAnAdminRoleIsNotCountedAsAVolunteer() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2025-01-01"), null),
                new Role("chair-1", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).hasSize(1);
    }

    @Test // ROL-4: once their office ends, an admin role makes them a volunteer again
    void aFormerOfficerWhoStillHoldsAnAdminRoleCountsAsAVolunteer() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2024-01-01"), day("2025-05-01")),
                new Role("chair-1", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).isEmpty();
    }

    @Test // ROL-4: an admin counts while in post on the day asked about
    void anAdminWhoseRoleHasEndedIsNoLongerCounted() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-page", day("2025-01-01"), day("2025-06-01")));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).hasSize(1);
    }

    @Test // ROL-4: an admin whose last day is the day asked about still counts
    void anAdminOnTheLastDayOfTheirRoleStillCounts() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-page", day("2025-01-01"), day("2025-06-02")));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).isEmpty();
    }

    @Test // ROL-4, EXT-1: a departure ends the role, even when the role itself records no last day
    void anAdminWhoHasLeftIsNoLongerCountedAsAVolunteer() {
        Decision decision = given(
                "2025-06-02",
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-b", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                Departure.onPlatform("admin-b", RoleName.ADMIN, "clp-page", day("2025-05-01")));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).hasSize(1);
    }

    @Test // ROL-4, EXT-1: an officer who has left office, and still holds an admin role, is a volunteer again
    void anOfficerWhoHasLeftOfficeAndStillHoldsAnAdminRoleCountsAsAVolunteer() {
        Decision decision = given(
                "2025-06-02",
                new Role("chair-1", RoleName.CHAIR, null, day("2024-01-01"), null),
                Departure.of("chair-1", RoleName.CHAIR, day("2025-05-01")),
                new Role("chair-1", RoleName.ADMIN, "clp-page", day("2025-01-01"), null),
                new Role("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"), null));

        assertThat(decision.actionsOf(ActionType.APPOINT_ADMIN)).isEmpty();
    }
}
