package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;
import static org.conductpolicy.cli.Run.policyReading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.io.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code policy decide --batch}: a JSON line per case, in input order, over folders and JSON Lines on
 * standard input; a case that cannot be read or decided gets its error in its place and the run goes on.
 */
class DecideBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASEBOOK = "casebook";

    private static List<String> casebookFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(CASEBOOK))) {
            return files.filter(CaseFiles::isCaseFile)
                    .sorted()
                    .map(Path::toString)
                    .toList();
        }
    }

    /** A case file as one line of JSON, as a JSON Lines stream holds it. */
    private static String asJsonLine(String file) throws IOException {
        return JSON.writeValueAsString(new YAMLMapper().readTree(Path.of(file).toFile()));
    }

    @Test
    void givenAFolder_thenEachCaseFileInItIsOneLineInNameOrderAsDecideOfTheFilesPrintsIt() throws IOException {
        // given the example casebook's files, in name order
        List<String> files = casebookFiles();

        // when the folder is decided as a batch
        Run run = policy("decide", "--batch", CASEBOOK);

        // then each file's line is the one decide prints for it among several files, in the same order
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> expected = policy(
                        Stream.concat(Stream.of("decide"), files.stream()).toArray(String[]::new))
                .out()
                .lines()
                .toList();
        assertThat(run.out().lines().toList()).hasSize(files.size()).isEqualTo(expected);
    }

    @Test
    void givenJsonLinesWithAnInvalidCase_thenTheInvalidLineGetsItsErrorInItsPlaceAndTheOthersAreDecided()
            throws IOException {
        // given two valid cases around an invalid one, and a blank line
        List<String> files = casebookFiles();
        String stdin = String.join(
                "\n",
                asJsonLine(files.get(0)),
                "{\"name\": \"a day that is not one\", \"asOf\": \"not a day\", \"facts\": []}",
                "",
                asJsonLine(files.get(1)));

        // when standard input is decided as a batch
        Run run = policyReading(stdin, "decide", "--batch", "-");

        // then a line per case, by input line, the invalid one saying why, and the exit code says a case failed
        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonNode> lines = run.out().lines().map(DecideBatchTest::json).toList();
        assertThat(lines).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 4);
        assertThat(lines.get(1).get("error").asText())
                .contains("standard input line 2")
                .contains("asOf");
        assertThat(lines.get(1).has("actions")).isFalse();
        for (int at : new int[] {0, 2}) {
            JsonNode decided = lines.get(at).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) decided).remove("line");
            String file = files.get(at == 0 ? 0 : 1);
            assertThat(decided).isEqualTo(json(policy("decide", file).out()));
        }
    }

    @Test
    void givenAPathThatDoesNotExist_thenNothingIsPrintedAndTheExitCodeIs2() {
        Run run = policy("decide", "--batch", CASEBOOK, "no-such-folder");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no-such-folder");
    }

    @Test
    void progressIsCountedOnATerminalOnlyAndEndsWithTheTotal() {
        // given a progress count on a terminal and one on a pipe
        StringWriter terminal = new StringWriter();
        StringWriter pipe = new StringWriter();
        BatchDecide.Progress onTerminal = new BatchDecide.Progress(new PrintWriter(terminal), true);
        BatchDecide.Progress onPipe = new BatchDecide.Progress(new PrintWriter(pipe), false);

        // when 2,500 cases are done
        for (int done = 0; done < 2500; done++) {
            onTerminal.oneMore();
            onPipe.oneMore();
        }
        onTerminal.done();
        onPipe.done();

        // then the terminal saw the count every thousand cases and the total, the pipe nothing
        assertThat(terminal.toString()).isEqualTo("\rdecided 1000 cases\rdecided 2000 cases\rdecided 2500 cases\n");
        assertThat(pipe.toString()).isEmpty();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            throw new AssertionError("not JSON: " + text, notJson);
        }
    }
}
