package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** Officers and admins speaking for the CLP: speaking.drl. */
class SpeakingTest {
    private static Decision given(String asOf, Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("clp-members-group", PlatformKind.FACEBOOK_GROUP, Owner.CLP),
                new Platform("branch-page", PlatformKind.FACEBOOK_PAGE, Owner.BRANCH),
                new Platform("elsewhere", PlatformKind.TWITTER, Owner.INDIVIDUAL),
                new Person("chair-1", Standing.MEMBER),
                new Person("admin-a", Standing.MEMBER),
                new Person("moderator-m", Standing.MEMBER),
                new Role("chair-1", RoleName.CHAIR, null, day("2025-01-01"), null),
                new Role("admin-a", RoleName.ADMIN, "branch-page", day("2025-01-01"), day("2025-05-31")),
                new Role("moderator-m", RoleName.MODERATOR, "clp-page", day("2025-01-01"), null)));
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    private static List<String> postsToMove(Decision decision) {
        return decision.actionsOf(ActionType.POST_FROM_PAGE).stream()
                .map(action -> action.text(ActionField.POST).orElseThrow())
                .toList();
    }

    @Test // BEH-3
    void anOfficerSpeakingForTheClpInAMembersGroupIsAskedToPostFromThePage() {
        Decision decision =
                given("2025-06-02", new Post("post-1", "chair-1", "clp-members-group", day("2025-06-01"), true));

        assertThat(decision.actionsOf(ActionType.POST_FROM_PAGE))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.text(ActionField.POST)).contains("post-1");
                    assertThat(action.clauses()).containsExactly("BEH-3");
                    assertThat(action.because()).doesNotContain("chair-1");
                });
    }

    @Test // BEH-3: a branch's page, or anyone else's platform, is not the CLP's page
    void speakingForTheClpFromABranchPageOrAnotherPlatformIsAskedToMove() {
        Decision decision = given(
                "2025-06-02",
                new Post("post-1", "chair-1", "branch-page", day("2025-06-01"), true),
                new Post("post-2", "chair-1", "elsewhere", day("2025-06-01"), true));

        assertThat(postsToMove(decision)).containsExactlyInAnyOrder("post-1", "post-2");
    }

    @Test // BEH-3: the page is where the CLP speaks
    void speakingForTheClpFromTheClpPageIsRight() {
        Decision decision = given("2025-06-02", new Post("post-1", "chair-1", "clp-page", day("2025-06-01"), true));

        assertThat(postsToMove(decision)).isEmpty();
    }

    @Test // BEH-2: personal opinion in a private members' group
    void aPostInAMembersGroupThatDoesNotSpeakForTheClpIsPersonal() {
        Decision decision =
                given("2025-06-02", new Post("post-1", "chair-1", "clp-members-group", day("2025-06-01"), false));

        assertThat(postsToMove(decision)).isEmpty();
    }

    @Test // BEH-3: an admin is a representative while in post, whichever platform they run
    void anAdminSpeakingForTheClpWhileInPostIsAskedToMoveButNotAfterTheirRoleEnded() {
        Decision decision = given(
                "2025-06-02",
                new Post("post-1", "admin-a", "clp-members-group", day("2025-05-31"), true),
                new Post("post-2", "admin-a", "clp-members-group", day("2025-06-01"), true));

        assertThat(postsToMove(decision)).containsExactly("post-1");
    }

    @Test // BEH-1..3 bind officers and admins; a moderator or a member is neither
    void aModeratorsPostIsNotAnOfficersOrAdmins() {
        Decision decision =
                given("2025-06-02", new Post("post-1", "moderator-m", "clp-members-group", day("2025-06-01"), true));

        assertThat(postsToMove(decision)).isEmpty();
    }
}
