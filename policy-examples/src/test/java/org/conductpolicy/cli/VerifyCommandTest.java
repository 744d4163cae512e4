package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.DecideCommandTest.copyBuiltInRules;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.conductpolicy.rules.properties.Invariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy verify}: an edited rule folder checked against the policy's invariants. */
class VerifyCommandTest {
    private static final String EXAMPLES = "30";
    private static final String FEW_EXAMPLES = "10";

    @Test
    void givenTheBuiltInRules_thenEveryInvariantHoldsAndTheExitCodeIs0() {
        Run run = policy("verify", "--examples", FEW_EXAMPLES);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        int all = Invariants.names().size();
        assertThat(run.out().lines().toList())
                .last()
                .isEqualTo(all + " of " + all + " invariants hold, over " + FEW_EXAMPLES + " histories each");
    }

    @Test // PUB-1: "the same ladder for the public"
    void givenAnEditThatGivesThePublicNoLadder_thenPub1IsNamedWithACaseThatShowsIt(@TempDir Path folder)
            throws IOException {
        Path rules = Files.createDirectory(folder.resolve("rules"));
        copyBuiltInRules(rules);
        Path ladder = rules.resolve("ladder.drl");
        String firstStep = "    not OpenWindow( incident == $incident )\n";
        String text = Files.readString(ladder);
        assertThat(text).containsOnlyOnce(firstStep);
        Files.writeString(
                ladder,
                text.replace(
                        firstStep,
                        firstStep + "    org.conductpolicy.api.fact.Person( id == $incident.person,"
                                + " standing == org.conductpolicy.api.fact.Standing.MEMBER )\n"));

        Run run = policy("verify", "--rules", rules.toString(), "--examples", EXAMPLES);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .contains("BROKEN flipping every person's standing changes no action (PUB-1)");
        // The case printed is one `policy decide` reads: the officer can try it on both rule sets.
        Path shown = Files.writeString(folder.resolve("shown.yaml"), firstCaseShown(run.out()));
        Run decided = policy("decide", shown.toString());
        assertThat(decided.err()).isEmpty();
        assertThat(decided.exitCode()).isZero();
    }

    @Test
    void givenFewerThanOneExample_thenTheExitCodeIs2() {
        Run run = policy("verify", "--examples", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--examples must be at least 1, not 0");
    }

    /** The case file under the first "smallest case found:", without its indent. */
    private static String firstCaseShown(String out) {
        List<String> lines = out.lines().toList();
        int start = lines.indexOf("  smallest case found:") + 1;
        assertThat(start).as("a case is shown").isPositive();
        return lines.subList(start, lines.size()).stream()
                        .takeWhile(line -> line.startsWith("    "))
                        .map(line -> line.substring(4))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
