package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy test --coverage [--min-coverage N]}: the rules no case fired, the clauses none exercised. */
class TestCoverageTest {
    /** One case: a first consulted breach, which fires a few rules of the built-in set and no more. */
    private static final String SMALL_CASEBOOK = "src/test/resources/coverage";

    private static final Pattern SUMMARY = Pattern.compile("coverage: (\\d+) of (\\d+) rules fired \\((.+)%\\)");

    @Test
    void givenASmallCasebook_thenCoverageNamesARuleNoCaseFiresWithItsFileAndLine() {
        Run run = policy("test", "--coverage", SMALL_CASEBOOK);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList())
                .contains("1 passed, 0 failed")
                .anySatisfy(line -> assertThat(line)
                        .matches("  never fired: org/conductpolicy/rules/ladder\\.drl:\\d+: \"A consulted breach inside"
                                + " a ban's window brings a lifetime ban\""))
                .noneSatisfy(line ->
                        assertThat(line).contains("\"A consulted breach outside every open window earns a warning\""));
    }

    @Test // ESC-3
    void givenASmallCasebook_thenCoverageNamesTheClausesNoCaseExercisesAndNotThoseItDoes() {
        Run run = policy("test", "--coverage", SMALL_CASEBOOK);

        String clauses = run.out()
                .lines()
                .filter(line -> line.startsWith("  clauses no case exercises: "))
                .findFirst()
                .orElseThrow();
        assertThat(clauses.split(": ")[1].split(", ")).contains("ESC-3").doesNotContain("ESC-1", "CoC-13");
    }

    @Test
    void givenAMinimumAboveWhatFired_thenTheRunFailsSayingSo() {
        Run run = policy("test", "--min-coverage", "90", SMALL_CASEBOOK);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .contains("1 passed, 0 failed")
                .last()
                .satisfies(line -> assertThat(line).matches("coverage \\d+\\.\\d% is below the minimum of 90\\.0%"));
    }

    @Test
    void givenAMinimumExactlyWhatFired_thenTheRunPasses() {
        Matcher summary = summaryOf(policy("test", "--coverage", SMALL_CASEBOOK));
        double fired = 100.0 * Integer.parseInt(summary.group(1)) / Integer.parseInt(summary.group(2));

        Run run = policy("test", "--min-coverage", Double.toString(fired), SMALL_CASEBOOK);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("below the minimum");
    }

    @Test
    void givenAFailingCase_thenTheExitCodeIs1EvenWhenCoverageIsEnough(@TempDir Path folder) throws IOException {
        String passing = Files.readString(Path.of(SMALL_CASEBOOK, "a-first-consulted-breach-earns-a-warning.yaml"));
        Files.writeString(
                folder.resolve("failing.yaml"),
                passing.replace("expect:\n  - {action: warn", "expect:\n  - {action: ban"));

        Run run = policy("test", "--min-coverage", "0", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("0 passed, 1 failed").contains("coverage: ");
    }

    @Test
    void givenAMinimumThatIsNoPercentage_thenTheExitCodeIs2() {
        Run run = policy("test", "--min-coverage", "101", SMALL_CASEBOOK);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--min-coverage must be a percentage from 0 to 100");
    }

    private static Matcher summaryOf(Run run) {
        Matcher summary = run.out()
                .lines()
                .map(SUMMARY::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .orElseThrow();
        return summary;
    }
}
