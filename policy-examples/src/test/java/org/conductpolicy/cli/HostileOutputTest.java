package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * No case file can forge a line of the command line's output or move the terminal's cursor, and every
 * failure, even of the program itself, is one {@code policy:} line with its documented exit code.
 */
class HostileOutputTest {
    private static final String ESC = "\u001B";

    @TempDir
    Path folder;

    @Test
    void aCaseNameCannotPrintAFakePassLineOrMoveTheCursorInTestOutput() throws IOException {
        // Given a failing case whose name ends its line, prints a fake PASS and a fake tally, then clears
        // the screen and retitles the terminal.
        String name = "evil\\n1 passed, 0 failed\\rPASS fine\\e[2J\\e]0;owned\\u0007\\u202E";
        Files.writeString(
                folder.resolve("evil.yaml"),
                "name: \"" + name + "\"\nasOf: 2025-06-02\nfacts:\n  - {type: person, id: alex, standing: member}\n"
                        + "expect:\n  - {action: warn, person: alex}\n");

        Run run = Run.policy("test", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain(ESC, "\r", "\u0007", "\u202E");
        assertThat(run.out().lines())
                .noneMatch(line -> line.startsWith("PASS"))
                .noneMatch(line -> line.equals("1 passed, 0 failed"))
                .anyMatch(line -> line.startsWith("FAIL evil\\u000A1 passed, 0 failed\\u000DPASS fine\\u001B[2J"))
                .last()
                .isEqualTo("0 passed, 1 failed");
    }

    @Test
    void anErrorEchoingInputIsOneEscapedLine() throws IOException {
        Path file = folder.resolve("case.yaml");
        Files.writeString(
                file,
                "name: n\nasOf: 2025-06-02\nfacts:\n  - {type: person, id: alex, standing: \"\\e[31mred\\nPASS\"}\n");

        Run run = Run.policy("decide", file.toString());

        assertThat(run.exitCode()).isEqualTo(PolicyCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain(ESC).startsWith("policy: " + file + ":4: ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMegabyteIdGivesAShortError() throws IOException {
        Path file = folder.resolve("case.json");
        Files.writeString(
                file,
                "{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": [{\"type\": \"person\", \"id\": \""
                        + "p".repeat(1 << 20) + "\", \"standing\": \"member\"}]}");

        Run run = Run.policy("decide", file.toString());

        assertThat(run.exitCode()).isEqualTo(PolicyCommand.BAD_INPUT);
        assertThat(run.err()).hasSizeLessThan(500);
    }

    @Test
    void aBatchLineLongerThanACaseFileMayBeIsRefusedAndTheNextLineStillDecided() {
        String tooLong = "{\"name\": \"" + "x".repeat(1_200_000) + "\"}";
        String fine = "{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": []}";

        Run run = Run.policyReading(tooLong + "\n" + fine + "\n", "decide", "--batch", "-");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo("{\"line\":1,\"error\":\"standard input line 1: is too large: it has more than 1,000,000"
                        + " bytes, and a case file may have at most 1,000,000\"}");
        assertThat(lines.get(1))
                .startsWith("{\"line\":2,\"asOf\":\"2025-06-02\"")
                .endsWith("\"actions\":[]}");
    }

    @Test
    void anErrorInTheEngineIsAnInternalFailureWithItsOwnExitCodeAndNoStackTrace() throws IOException {
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, "name: n\nasOf: 2025-06-02\nfacts: []\n");

        Run overflow = withEngineThrowing(new StackOverflowError(), "decide", file.toString());
        Run unforeseen = withEngineThrowing(new IllegalStateException("a bug"), "decide", file.toString());

        assertThat(overflow.exitCode())
                .isEqualTo(PolicyCommand.INTERNAL_FAILURE)
                .isNotIn(0, 1, PolicyCommand.BAD_INPUT);
        assertThat(overflow.err())
                .isEqualTo("policy: internal failure (StackOverflowError): nothing was decided; this is a fault of"
                        + " the program, not of the case or the rules: please report it\n");
        assertThat(overflow.out()).isEmpty();
        assertThat(unforeseen.exitCode()).isEqualTo(PolicyCommand.INTERNAL_FAILURE);
        assertThat(unforeseen.err())
                .startsWith("policy: internal failure (IllegalStateException)")
                .doesNotContain("\tat ");
    }

    /** A run whose engine decides by throwing {@code failure}: a test hook for what input cannot provoke. */
    private static Run withEngineThrowing(Throwable failure, String... args) {
        PolicyEngine throwing = (PolicyEngine) Proxy.newProxyInstance(
                PolicyEngine.class.getClassLoader(), new Class<?>[] {PolicyEngine.class}, (proxy, method, given) -> {
                    if (method.getName().startsWith("decide")) {
                        throw failure;
                    }
                    try {
                        return method.invoke(Run.BUILT_IN, given);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine =
                PolicyCommand.commandLine(rules -> throwing, () -> new ByteArrayInputStream(new byte[0]), args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString().replace(System.lineSeparator(), "\n"));
    }
}
