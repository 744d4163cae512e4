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
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** Which passwords change, why and by when: passwords-state.drl and passwords.drl. */
class PasswordsTest {
    private static final List<Fact> PLATFORMS = List.of(
            new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
            new Platform("clp-group", PlatformKind.FACEBOOK_GROUP, Owner.CLP),
            new Platform("branch-page", PlatformKind.FACEBOOK_PAGE, Owner.BRANCH),
            new Platform("store", PlatformKind.PASSWORD_STORE, Owner.CLP),
            new Platform("members-own-group", PlatformKind.FACEBOOK_GROUP, Owner.INDIVIDUAL));

    private static Decision given(String asOf, Fact... more) {
        List<Fact> facts = new ArrayList<>(PLATFORMS);
        facts.add(new Person("chair-1", Standing.MEMBER));
        facts.add(new Person("admin-a", Standing.MEMBER));
        facts.add(new Person("moderator-m", Standing.MEMBER));
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    private static List<Action> changes(Decision decision) {
        return decision.actionsOf(ActionType.CHANGE_PASSWORD);
    }

    @Test // SEC-5, INT-9
    void anAgmChangesEveryGovernedPasswordAndTheStoresWithinSevenDays() {
        Decision decision = given("2025-05-03", new Agm(day("2025-05-01")));

        assertThat(changes(decision))
                .extracting(
                        action -> action.text(ActionField.PLATFORM).orElseThrow(),
                        action -> action.text(ActionField.REASON).orElseThrow(),
                        Action::due)
                .containsExactlyInAnyOrder(
                        tuple("clp-page", "agm", day("2025-05-08")),
                        tuple("clp-group", "agm", day("2025-05-08")),
                        tuple("branch-page", "agm", day("2025-05-08")),
                        tuple("store", "agm", day("2025-05-08")));
        assertThat(changes(decision))
                .allSatisfy(action -> assertThat(action.clauses()).contains("SEC-5", "INT-9"));
    }

    @Test // SEC-5: only the CLP's and branches' platforms are in the store; a member's own group is not
    void anAgmDoesNotChangeThePasswordOfAPlatformAnIndividualOwns() {
        Decision decision = given("2025-05-03", new Agm(day("2025-05-01")));

        assertThat(changes(decision))
                .noneMatch(action ->
                        action.text(ActionField.PLATFORM).orElseThrow().equals("members-own-group"));
    }

    @Test // SEC-5: "changed after each AGM": a change on or after the AGM clears it
    void aPasswordChangedOnOrAfterTheAgmIsNotChangedAgain() {
        Decision decision = given(
                "2025-05-10",
                new Agm(day("2025-05-01")),
                new PasswordChange("clp-page", day("2025-05-01")),
                new PasswordChange("store", day("2025-05-09")),
                new PasswordChange("clp-group", day("2025-04-30")));

        assertThat(changes(decision))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("clp-group", "branch-page");
    }

    @Test // INT-9: an overdue change is still listed, with its original deadline
    void aChangeStillMissingAfterItsDeadlineIsListedAsOverdue() {
        Decision decision = given("2025-09-01", new Agm(day("2025-05-01")));

        assertThat(changes(decision))
                .isNotEmpty()
                .allSatisfy(action -> assertThat(action.due()).isEqualTo(day("2025-05-08")));
    }

    @Test // SEC-5, INT-9
    void aNewOfficerChangesEveryGovernedPasswordAndTheStores() {
        Decision decision = given("2025-06-02", new Appointment("chair-1", RoleName.CHAIR, null, day("2025-06-01")));

        assertThat(changes(decision))
                .extracting(
                        action -> action.text(ActionField.PLATFORM).orElseThrow(),
                        action -> action.text(ActionField.REASON).orElseThrow(),
                        Action::due)
                .containsExactlyInAnyOrder(
                        tuple("clp-page", "appointment", day("2025-06-08")),
                        tuple("clp-group", "appointment", day("2025-06-08")),
                        tuple("branch-page", "appointment", day("2025-06-08")),
                        tuple("store", "appointment", day("2025-06-08")));
    }

    @Test // SEC-2, INT-9: a new admin of one platform changes that platform's password, and no other
    void aNewAdminChangesOnlyThatPlatformsPassword() {
        Decision decision =
                given("2025-06-02", new Appointment("admin-a", RoleName.ADMIN, "clp-page", day("2025-06-01")));

        assertThat(changes(decision))
                .extracting(
                        action -> action.text(ActionField.PLATFORM).orElseThrow(),
                        action -> action.text(ActionField.REASON).orElseThrow(),
                        Action::due)
                .containsExactly(tuple("clp-page", "appointment", day("2025-06-08")));
    }

    @Test // INT-9: "A new moderator: none."
    void aNewModeratorChangesNoPassword() {
        Decision decision =
                given("2025-06-02", new Appointment("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-06-01")));

        assertThat(changes(decision)).isEmpty();
    }

    @Test // INT-9: EC officers are not among the three officers who hold the passwords
    void aNewEcOfficerChangesNoPassword() {
        Decision decision =
                given("2025-06-02", new Appointment("chair-1", RoleName.EC_OFFICER, null, day("2025-06-01")));

        assertThat(changes(decision)).isEmpty();
    }

    @Test // EXT-1: an admin held that platform's password only
    void anAdminWhoLeavesHasOnlyThatPlatformsPasswordChanged() {
        Decision decision =
                given("2025-06-02", new Departure("admin-a", RoleName.ADMIN, "clp-group", day("2025-06-01")));

        assertThat(changes(decision))
                .extracting(
                        action -> action.text(ActionField.PLATFORM).orElseThrow(),
                        action -> action.text(ActionField.REASON).orElseThrow(),
                        Action::due)
                .containsExactly(tuple("clp-group", "departure", day("2025-06-08")));
        assertThat(changes(decision).get(0).clauses()).contains("EXT-1");
    }

    @Test // EXT-1: an officer held every password the officers hold, the store's included
    void anOfficerWhoLeavesHasEveryPasswordTheyHeldChanged() {
        Decision decision = given("2025-06-02", new Departure("chair-1", RoleName.SECRETARY, null, day("2025-06-01")));

        assertThat(changes(decision))
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactlyInAnyOrder("clp-page", "clp-group", "branch-page", "store");
        assertThat(changes(decision))
                .allSatisfy(
                        action -> assertThat(action.text(ActionField.REASON)).contains("departure"));
    }

    @Test // EXT-1: a moderator held no password
    void aModeratorWhoLeavesChangesNoPassword() {
        Decision decision =
                given("2025-06-02", new Departure("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-06-01")));

        assertThat(changes(decision)).isEmpty();
    }

    @Test // EXT-3: the platform opened without entitlement is treated as compromised
    void anUnauthorisedOpeningChangesThatPlatformsPassword() {
        Decision decision = given("2025-06-02", new Access("moderator-m", "clp-page", day("2025-06-01")));

        assertThat(changes(decision))
                .extracting(
                        action -> action.text(ActionField.PLATFORM).orElseThrow(),
                        action -> action.text(ActionField.REASON).orElseThrow(),
                        Action::due)
                .containsExactly(tuple("clp-page", "unauthorised-access", day("2025-06-08")));
        assertThat(changes(decision).get(0).clauses()).contains("EXT-3", "SEC-6");
    }

    @Test // SEC-5, INT-9: one change answers every trigger before it; the earliest deadline binds
    void severalOutstandingTriggersForOnePlatformGiveOneChangeDueByTheEarliestDeadline() {
        Decision decision = given(
                "2025-05-12",
                new Agm(day("2025-05-01")),
                new Appointment("admin-a", RoleName.ADMIN, "clp-page", day("2025-05-10")));

        assertThat(changes(decision))
                .filteredOn(action ->
                        action.text(ActionField.PLATFORM).orElseThrow().equals("clp-page"))
                .extracting(action -> action.text(ActionField.REASON).orElseThrow(), Action::due)
                .containsExactly(tuple("agm", day("2025-05-08")));
    }

    @Test // SEC-5: a change between two triggers answers the first only
    void aChangeBetweenTwoTriggersLeavesTheLaterOneOutstanding() {
        Decision decision = given(
                "2025-05-12",
                new Agm(day("2025-05-01")),
                new PasswordChange("clp-page", day("2025-05-05")),
                new Appointment("admin-a", RoleName.ADMIN, "clp-page", day("2025-05-10")));

        assertThat(changes(decision))
                .filteredOn(action ->
                        action.text(ActionField.PLATFORM).orElseThrow().equals("clp-page"))
                .extracting(action -> action.text(ActionField.REASON).orElseThrow(), Action::due)
                .containsExactly(tuple("appointment", day("2025-05-17")));
    }

    @Test // SEC-5: a change after the latest trigger clears every trigger before it
    void aChangeAfterTheLatestTriggerClearsThemAll() {
        Decision decision = given(
                "2025-05-12",
                new Agm(day("2025-05-01")),
                new Appointment("admin-a", RoleName.ADMIN, "clp-page", day("2025-05-10")),
                new PasswordChange("clp-page", day("2025-05-11")));

        assertThat(changes(decision))
                .noneMatch(action ->
                        action.text(ActionField.PLATFORM).orElseThrow().equals("clp-page"));
    }

    @Test // INT-9: seven days from the trigger, across a leap day
    void theDeadlineCountsTheLeapDay() {
        Decision decision = given("2024-02-26", new Agm(day("2024-02-25")));

        assertThat(changes(decision))
                .allSatisfy(action -> assertThat(action.due()).isEqualTo(day("2024-03-03")));
    }
}
