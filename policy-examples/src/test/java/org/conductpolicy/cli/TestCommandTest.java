package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy test}: PASS or FAIL per case, a closing count, and exit 0, 1 or 2. */
class TestCommandTest {
    /** A member's first consulted breach on a page with its two trained admins: a warning and nothing else. */
    static final String WARNING = """
            name: a first consulted breach brings a warning
            asOf: 2025-03-05
            facts:
              - {type: person, id: member-17, standing: member}
              - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
              - {type: person, id: admin-a, standing: member}
              - {type: person, id: admin-b, standing: member}
              - {type: role, person: admin-a, role: admin, platform: clp-page, from: 2024-01-01}
              - {type: role, person: admin-b, role: admin, platform: clp-page, from: 2024-01-01}
              - {type: incident, id: i1, person: member-17, platform: clp-page, on: 2025-03-03, conduct: trolling, adminsConsulted: true}
              - {type: training, person: admin-a, on: 2024-06-01}
              - {type: training, person: admin-b, on: 2024-06-01}
            """;

    @Test
    void givenTheExampleCasebook_thenEveryCasePassesAndTheClosingLineCountsThem() {
        Run run = policy("test", "casebook");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList())
                .contains(
                        "PASS a member warned on the page who attacks someone on Twitter is banned from Twitter for 30 days")
                .last()
                .isEqualTo("6 passed, 0 failed");
    }

    @Test
    void givenACaseOfAKindOfConductTheRulesDoNotList_thenItFailsNamingTheFileAndTheLine(@TempDir Path folder)
            throws IOException {
        Path impersonation = Files.writeString(
                folder.resolve("impersonation.yaml"),
                WARNING.replace("conduct: trolling", "conduct: impersonation") + "expect:\n  - {action: warn}\n");

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("  " + impersonation + ":10: fact 7 (incident 'i1'): field 'conduct' is"
                                + " 'impersonation', not a kind of conduct the rules' conduct table lists:"));
    }

    @Test
    void givenACaseWhoseExpectationFails_thenItIsAFailWithTheExpectationAndTheActionsProposed(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("wrong.yaml"), WARNING + "expect:\n  - {action: ban, person: member-17}\n");
        Files.writeString(
                folder.resolve("right.yaml"),
                WARNING.replace("name: a", "name: still a")
                        + "expect:\n  - {action: warn}\nexpectNot:\n  - {action: ban}\n");

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "PASS still a first consulted breach brings a warning",
                        "FAIL a first consulted breach brings a warning",
                        "  file: " + folder.resolve("wrong.yaml"),
                        "  expected {action: ban, person: member-17}, but no action proposed matches it",
                        "  proposed: {\"action\": \"warn\", \"person\": \"member-17\", \"platform\": \"clp-page\","
                                + " \"incident\": \"i1\", \"windowEnds\": \"2026-03-05\", \"due\": \"2025-03-05\","
                                + " \"clauses\": [\"ESC-1\", \"INT-2\", \"INT-5\"], \"because\": \"breach of CoC-13"
                                + " (trolling) on 2025-03-03, with no warning or ban in the 12 months before it: a warning\"}",
                        "1 passed, 1 failed");
    }

    @Test
    void givenAnExpectNotThatMatches_thenTheCaseFailsNamingTheActionProposed(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("case.yaml"), WARNING + "expectNot:\n  - {action: warn, incident: i1}\n");

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("  expected no {action: warn, incident: i1}, but this was proposed: {\"action\": \"warn\"");
    }

    @Test
    void givenAnUnreadableCaseFile_thenItFailsWithTheReadersMessageAndTheOthersStillRun(@TempDir Path folder)
            throws IOException {
        Path bad = Files.writeString(folder.resolve("a-bad.yaml"), WARNING.replace("on: 2025-03-03", "on: 2025-03-06"));
        Files.writeString(folder.resolve("b-good.yaml"), WARNING + "expect:\n  - {action: warn}\n");

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "FAIL " + bad,
                        "  " + bad + ":10: fact 7 (incident 'i1'): field 'on' is 2025-03-06, after asOf 2025-03-05",
                        "PASS a first consulted breach brings a warning",
                        "1 passed, 1 failed");
    }

    @Test
    void givenAnExpectationCitingAClauseTheCatalogueDoesNotKnow_thenTheCaseFailsSayingSo(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("case.yaml"), WARNING + "expectNot:\n  - {action: ban, clauses: [ESC-99]}\n");

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  the clause 'ESC-99' is not in the rules' clause catalogue");
    }

    @Test
    void givenAPathThatDoesNotExist_thenNothingIsPrintedOnStdoutAndTheExitCodeIs2() {
        Run run = policy("test", "no-such-folder");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("policy: no-such-folder: does not exist" + System.lineSeparator());
    }

    @Test
    void givenAFolderWithNoCaseFiles_thenTheExitCodeIs2(@TempDir Path folder) {
        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("holds no case files");
    }

    @Test
    void givenRulesThatDoNotLoad_thenNothingIsPrintedOnStdoutAndTheExitCodeIs2(@TempDir Path rules) {
        Run run = policy("test", "--rules", rules.toString(), "casebook");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("holds no .drl files");
    }

    @Test
    void givenACaseWithNoExpectations_thenItPassesWithAWarningCountedInTheClosingLine(@TempDir Path folder)
            throws IOException {
        Path file = Files.writeString(folder.resolve("nothing-expected.yaml"), WARNING);

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "PASS a first consulted breach brings a warning",
                        "  file: " + file,
                        "  warning: the case has no expect and no expectNot, so it passes whatever is decided",
                        "1 passed, 0 failed (1 with warnings)");
    }

    @Test
    void givenAnExpectationGivingBecauseWordForWord_thenTheCaseIsWarnedAboutIt(@TempDir Path folder)
            throws IOException {
        Files.writeString(
                folder.resolve("because.yaml"),
                WARNING + "expect:\n  - {action: warn}\n  - {action: warn, because: \"breach of CoC-13 (trolling) on"
                        + " 2025-03-03, with no warning or ban in the 12 months before it: a warning\"}\n");

        Run run = policy("test", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("  warning: expect 2 gives because word for word, so rewording the reason fails a case"
                        + " that decides the same: expect the action's fields and clauses instead");
    }

    @Test
    void givenTheBuiltInAndTheExampleCasebooks_thenNoCaseIsWarnedAbout() {
        Run run = policy("test", "../policy-rules/src/test/resources/casebook", "casebook");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("warning:").doesNotContain("with warnings");
    }

    @Test
    void givenHelp_thenTheUsageIsPrintedOnStdout() {
        Run run = policy("test", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: policy test").contains("PATH...");
    }
}
