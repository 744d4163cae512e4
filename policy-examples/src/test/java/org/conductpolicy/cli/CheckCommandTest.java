package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.DecideCommandTest.copyBuiltInRules;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy check}: clean rules give one line on stdout and exit 0; every problem goes to stderr as
 * FILE:LINE: message, in the officer's files, with exit 2 and nothing on stdout.
 */
class CheckCommandTest {
    @Test
    void givenTheBuiltInRules_thenTheyAreCleanAndTheExitCodeIs0() {
        Run run = policy("check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("policy check: the built-in rules: ")
                .contains(" rules, no problems (rules version sha256:");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void givenAnUneditedCopyOfTheRules_thenItIsCleanWithTheBuiltInRulesVersion(@TempDir Path rules) throws IOException {
        copyBuiltInRules(rules);

        Run run = policy("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("policy check: " + rules + ": ");
        assertThat(versionIn(run.out())).isEqualTo(versionIn(policy("check").out()));
    }

    @Test
    void givenABrokenRuleFileAndADuplicateParameter_thenBothAreListedAtTheOfficersFileAndLineAndTheExitCodeIs2(
            @TempDir Path rules) throws IOException {
        copyBuiltInRules(rules);
        Files.writeString(
                rules.resolve("broken.drl"),
                "package org.conductpolicy.rules;\nrule \"broken\"\nwhen\n  Nothing(\nthen\nend\n");
        Path parameters = rules.resolve("parameters.properties");
        Files.writeString(parameters, Files.readString(parameters) + "ban-days = 14\n");
        int duplicate = (int) Files.readString(parameters).lines().count();

        Run run = policy("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).matches(rules.resolve("broken.drl") + ":[1-9][0-9]*: .*"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(parameters + ":" + duplicate + ": 'ban-days' is listed twice: first on line "));
        assertThat(lines).last().asString().endsWith(" problems");
    }

    @Test // ESC-2
    void givenASanctionKindWrittenAsText_thenTheCheckSaysWhatToWriteInsteadAndTheExitCodeIs2(@TempDir Path rules)
            throws IOException {
        copyBuiltInRules(rules);
        Path ladderState = rules.resolve("ladder-state.drl");
        Files.writeString(
                ladderState,
                Files.readString(ladderState)
                        .replace("sanction.kind == SanctionKind.WARNING", "sanction.kind == \"warning\""));

        Run run = policy("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(ladderState + ":")
                .contains("write sanction.kind == SanctionKind.WARNING")
                .endsWith("policy check: " + rules + ": 1 problem" + System.lineSeparator());
    }

    @Test
    void givenARuleFileEditedToRunAProcess_thenCheckAndDecideRefuseItAtItsLineAndTheExitCodeIs2(@TempDir Path rules)
            throws IOException {
        copyBuiltInRules(rules);
        Path passwords = rules.resolve("passwords.drl");
        String hostile = "    Runtime.getRuntime().exec(\"touch \" + \"" + rules.resolve("hacked") + "\");";
        Files.writeString(
                passwords,
                Files.readString(passwords)
                        .replace("then\n    insertLogical(", "then\n" + hostile + "\n    insertLogical("));
        int line = Files.readAllLines(passwords).indexOf(hostile) + 1;
        String refusal = passwords + ":" + line + ": Runtime is not in the rules' vocabulary";

        Run check = policy("check", "--rules", rules.toString());
        Run decide = policy(
                "decide", "--rules", rules.toString(), "casebook/once-consulted-the-admins-warn-the-member.yaml");

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).startsWith(refusal);
        assertThat(decide.exitCode()).isEqualTo(2);
        assertThat(decide.out()).isEmpty();
        assertThat(decide.err()).contains(refusal);
        assertThat(rules.resolve("hacked")).doesNotExist();
    }

    private static String versionIn(String summary) {
        return summary.substring(summary.indexOf("sha256:"), summary.lastIndexOf(')'));
    }
}
