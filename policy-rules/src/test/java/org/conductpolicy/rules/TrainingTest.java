package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.api.fact.Training;
import org.junit.jupiter.api.Test;

/** Who is due training, and from when: training-state.drl and training.drl (SM-5, EXT-5). */
class TrainingTest {
    private static Decision given(String asOf, Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("members-own-page", PlatformKind.FACEBOOK_PAGE, Owner.INDIVIDUAL),
                new Person("chair-1", Standing.MEMBER),
                new Person("admin-a", Standing.MEMBER),
                new Person("moderator-m", Standing.MEMBER),
                new Person("ec-officer-e", Standing.MEMBER)));
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    private static List<Action> training(Decision decision) {
        return decision.actionsOf(ActionType.TRAIN);
    }

    @Test // EXT-5: "none since appointment once 3 months have passed"
    void anAdminNeverTrainedIsDueTrainingThreeMonthsAfterTakingUpTheirPost() {
        Role admin = Role.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01"));

        assertThat(training(given("2025-03-31", admin))).isEmpty();
        assertThat(training(given("2025-04-01", admin))).singleElement().satisfies(action -> {
            assertThat(action.text(ActionField.PERSON)).contains("admin-a");
            assertThat(action.due()).isEqualTo(day("2025-04-01"));
            assertThat(action.clauses()).contains("SM-5", "EXT-5");
            assertThat(action.because()).contains("2025-04-01", "2025-01-01", "3 months");
        });
    }

    @Test // EXT-5: an overdue training keeps the day it fell due
    void anOverdueTrainingIsStillListedWithTheDayItFellDue() {
        Decision decision =
                given("2025-09-15", Role.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01")));

        assertThat(training(decision))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2025-04-01")));
    }

    @Test // EXT-5: "an admin (volunteer admin or officer)"; ROL-1: an officer is an admin
    void anOfficerIsDueTrainingLikeAVolunteerAdmin() {
        Decision decision = given("2025-06-02", Role.of("chair-1", RoleName.CHAIR, day("2025-01-01")));

        assertThat(training(decision))
                .extracting(action -> action.text(ActionField.PERSON).orElseThrow())
                .containsExactly("chair-1");
    }

    @Test // EXT-5: "no recorded training in the last 12 months", counted from the latest
    void aTrainedAdminIsDueAgainTwelveMonthsAfterTheirLatestTraining() {
        Fact[] facts = {
            Role.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2024-01-01")),
            new Training("admin-a", day("2024-02-01")),
            new Training("admin-a", day("2024-06-03"))
        };

        assertThat(training(given("2025-06-02", facts))).isEmpty();
        assertThat(training(given("2025-06-03", facts))).singleElement().satisfies(action -> {
            assertThat(action.due()).isEqualTo(day("2025-06-03"));
            assertThat(action.because()).contains("12 months", "2024-06-03");
        });
    }

    @Test // EXT-5, with the months of INT-1: 29 February + 12 months = 28 February
    void trainingOnALeapDayFallsDueOnThe28thOfFebruary() {
        Decision decision = given(
                "2025-02-28",
                Role.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2024-01-01")),
                new Training("admin-a", day("2024-02-29")));

        assertThat(training(decision))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2025-02-28")));
    }

    @Test // EXT-5: "none since appointment": a training before the appointment does not count for it
    void trainingBeforeTheAppointmentDoesNotCount() {
        Decision decision = given(
                "2025-04-01",
                new Training("admin-a", day("2024-12-01")),
                Role.onPlatform("admin-a", RoleName.ADMIN, "clp-page", day("2025-01-01")));

        assertThat(training(decision))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2025-04-01")));
    }

    @Test // EXT-5: one train per admin, by the earliest day any of their posts makes it due
    void anAdminInTwoPostsIsDueTrainingOnceByTheEarlierDay() {
        Decision decision = given(
                "2025-06-02",
                Role.onPlatform("chair-1", RoleName.ADMIN, "clp-page", day("2024-01-01")),
                new Training("chair-1", day("2025-01-10")),
                Role.of("chair-1", RoleName.CHAIR, day("2025-02-01")));

        assertThat(training(decision))
                .singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(day("2025-05-01")));
    }

    @Test // EXT-5: "in post": not moderators, EC officers, admins of an individual's page, or leavers
    void onlyAnAdminInPostIsDueTraining() {
        Decision decision = given(
                "2025-06-02",
                Role.onPlatform("moderator-m", RoleName.MODERATOR, "clp-page", day("2024-01-01")),
                Role.of("ec-officer-e", RoleName.EC_OFFICER, day("2024-01-01")),
                Role.onPlatform("admin-a", RoleName.ADMIN, "members-own-page", day("2024-01-01")),
                new Role("chair-1", RoleName.CHAIR, null, day("2024-01-01"), day("2025-05-01")),
                Role.onPlatform("chair-1", RoleName.ADMIN, "clp-page", day("2024-01-01")),
                Departure.onPlatform("chair-1", RoleName.ADMIN, "clp-page", day("2025-05-01")));

        assertThat(training(decision)).isEmpty();
    }
}
