package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case file from anyone is read within bounds: only regular files, no more than the size limit read,
 * and every limit (bytes, items, nesting, length of a value) refused quickly with a message naming it.
 */
class HostileInputTest {
    private static final String HEADER = "name: a case\nasOf: 2025-06-02\nfacts:\n";
    private static final String ALEX = "  - {type: person, id: alex, standing: member}\n";
    private static final ConductTable ANY_CONDUCT =
            ConductTable.of(List.of(new ConductKind("trolling", ConductClass.BREACH, List.of("CoC-13"), List.of())));
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private static CaseFileException rejected(String text, String file) {
        return assertTimeoutPreemptively(
                QUICKLY, () -> catchThrowableOfType(CaseFileException.class, () -> CaseFiles.parse(text, file)));
    }

    @Test
    void givenAFolderAsACaseFile_thenItIsRefusedAtOnceNamingIt() {
        CaseFileException problem = catchThrowableOfType(CaseFileException.class, () -> CaseFiles.read(folder));

        assertThat(problem.getMessage())
                .isEqualTo(folder + ": is a folder: only a regular file is read as a case file");
    }

    @Test
    void givenADeviceAsACaseFile_thenItIsRefusedAtOnceRatherThanReadForEver() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        CaseFileException problem = assertTimeoutPreemptively(
                QUICKLY, () -> catchThrowableOfType(CaseFileException.class, () -> CaseFiles.read(zero)));

        assertThat(problem.getMessage()).startsWith("/dev/zero: is not a regular file");
    }

    @Test
    void givenAPipeAsACaseFile_thenItIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("case.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            return;
        }
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            return;
        }
        // Opening a pipe no one writes to blocks for ever: the reader must not open it.
        CaseFileException problem = assertTimeoutPreemptively(
                QUICKLY, () -> catchThrowableOfType(CaseFileException.class, () -> CaseFiles.read(fifo)));

        assertThat(problem.getMessage()).startsWith(fifo + ": is not a regular file");
    }

    @Test
    void givenAFiftyMegabyteOneLineFile_thenItIsRefusedBeforeItIsRead() throws IOException {
        Path huge = folder.resolve("huge.yaml");
        try (var out = Files.newOutputStream(huge)) {
            byte[] line = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(line);
            }
        }

        CaseFileException problem = assertTimeoutPreemptively(
                QUICKLY, () -> catchThrowableOfType(CaseFileException.class, () -> CaseFiles.read(huge)));

        assertThat(problem.getMessage())
                .isEqualTo(
                        huge + ": is too large: it has 52,428,800 bytes, and a case file may have at most 1,000,000");
    }

    @Test
    void givenAnEndlessStream_thenNoMoreThanTheLimitIsReadBeforeItIsRefused() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        CaseFileException problem = assertTimeoutPreemptively(
                QUICKLY,
                () -> catchThrowableOfType(
                        CaseFileException.class,
                        () -> CaseFiles.read(endless, "standard input", CaseFileFormat.YAML, ANY_CONDUCT)));

        assertThat(problem.getMessage())
                .isEqualTo("standard input: is too large: it has more than 1,000,000 bytes, and a case file may have"
                        + " at most 1,000,000");
    }

    @Test
    void givenOneLongYamlToken_thenItIsRefusedQuicklyNamingTheLimitOnAValue() {
        // Scanned whole, a 900,000-character token took SnakeYAML seconds, growing with its square.
        CaseFileException problem =
                rejected("name: " + "x".repeat(900_000) + "\nasOf: 2025-06-02\nfacts: []\n", "case.yaml");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:1: has more than 10,000 characters without a space: a value in a case file may"
                        + " have at most 10,000 characters");
    }

    @Test
    void givenALongValueOfManyWords_thenItIsRefusedNamingTheLimitOnAValue() {
        String words = "word ".repeat(2_001).strip();

        CaseFileException yaml = rejected("name: " + words + "\nasOf: 2025-06-02\nfacts: []\n", "case.yaml");
        CaseFileException json =
                rejected("{\"name\": \"" + words + "\", \"asOf\": \"2025-06-02\", \"facts\": []}", "case.json");

        assertThat(yaml.getMessage())
                .isEqualTo("case.yaml:1: has 10,004 characters: a value in a case file may have at most 10,000"
                        + " characters");
        assertThat(json.getMessage()).isEqualTo(yaml.getMessage().replace("yaml", "json"));
    }

    @Test
    void givenALongNumber_thenItIsRefusedByTheReadersLimitWhateverJacksonsOwn() {
        CaseFileException problem = rejected(
                "{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": [], \"expect\": [{\"days\": "
                        + "9".repeat(10_001) + "}]}",
                "case.json");

        assertThat(problem.getMessage())
                .isEqualTo("case.json:1: has 10,001 characters: a value in a case file may"
                        + " have at most 10,000 characters");
    }

    @Test
    void givenMoreFactsThanTheLimit_thenTheListIsRefusedNamingTheLimitBeforeItIsBuilt() {
        StringBuilder json = new StringBuilder("{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": [");
        for (int i = 0; i <= ReadLimits.MAX_ITEMS; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        CaseFileException problem = rejected(json.append("]}").toString(), "case.json");

        assertThat(problem.getMessage())
                .isEqualTo("case.json:1: has more than 10,000 items: a list in a case file may have at most 10,000");
    }

    @Test
    void givenDeepNesting_thenItIsRefusedNamingTheLimitInYamlAndJsonAlike() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        CaseFileException json =
                rejected("{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": " + deep + "}", "case.json");
        CaseFileException yaml =
                rejected(HEADER + "  - " + "[ ".repeat(50_000) + "] ".repeat(50_000) + "\n", "case.yaml");

        assertThat(json.getMessage())
                .isEqualTo("case.json:1: nests more than 8 deep: mappings and lists in a case file may nest at most 8"
                        + " deep");
        assertThat(yaml.getMessage())
                .endsWith("nests more than 8 deep: mappings and lists in a case file may nest at most 8 deep");
    }

    @Test
    void givenJsonWithAByteOrderMark_thenItIsReadAsYamlWithOneIs() {
        String json = "\uFEFF{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": []}";
        String yaml = "\uFEFF" + HEADER + ALEX;

        assertThat(CaseFiles.parse(json, "case.json").name()).isEqualTo("n");
        assertThat(CaseFiles.parse(yaml, "case.yaml").facts()).hasSize(1);
    }

    @Test
    void givenADayPastTheYear9999_thenTheWriterWritesItSoTheReaderRefusesItAtItsField() {
        CaseFile far = new CaseFile(
                "far",
                LocalDate.of(10_000, 12, 31),
                List.of(new Person("alex", Standing.MEMBER)),
                List.of(),
                List.of(),
                "far.yaml");

        String written = CaseFiles.write(far);

        assertThat(written).contains("+10000-12-31");
        assertThatThrownBy(() -> CaseFiles.parse(written, "far.yaml"))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("far.yaml:")
                .hasMessageContaining("field 'asOf' is +10000-12-31, outside the days a decision can be about");
    }

    @Test
    void givenADayWithASignItDoesNotNeed_thenItIsRefusedAsNotADay() {
        CaseFileException problem = rejected("name: n\nasOf: '+2025-06-02'\nfacts: []\n", "case.yaml");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:2: field 'asOf' must be a day written yyyy-mm-dd, not '+2025-06-02'");
    }

    @Test
    void givenAnIdOfAMegabyte_thenTheErrorIsShort() {
        String id = "p".repeat(999_000);
        String text = "{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": [{\"type\": \"person\", \"id\": \"" + id
                + "\", \"standing\": \"member\"}]}";

        CaseFileException problem = rejected(text, "case.json");

        assertThat(problem.getMessage()).hasSizeLessThan(300).contains("a value in a case file may have at most");
    }

    @Test
    void givenAnIdLongerThanTheLimit_thenItIsRefusedNamingTheFieldAndTheErrorIsShort() {
        String id = "p".repeat(CheckedFacts.MAX_ID_LENGTH + 1);

        CaseFileException problem =
                rejected(HEADER + "  - {type: person, id: " + id + ", standing: member}\n", "case.yaml");

        assertThat(problem.field()).hasValue("id");
        assertThat(problem.getMessage())
                .endsWith("field 'id' has 101 characters: an id may have at most 100")
                .hasSizeLessThan(300);
    }

    @Test
    void givenIdsThatCannotBeSeenOrThatMoveTheCursor_thenEachIsRefusedNamingTheField() {
        for (String id : List.of("\u00A0\u00A0", "\u200B", "p1\u202Eevil", "p\u0000", "\u001B]0;title\u0007", "a\nb")) {
            InvalidFactException problem = catchThrowableOfType(
                    InvalidFactException.class,
                    () -> CheckedFacts.check(LocalDate.of(2025, 6, 2), List.of(new Person(id, Standing.MEMBER))));

            assertThat(problem).as("id %s", id.codePoints().boxed().toList()).isNotNull();
            assertThat(problem.field()).isEqualTo("id");
            assertThat(problem.getMessage()).doesNotContain("\u001B", "\n", "\u0000", "\u202E", "\u200B");
        }
    }

    @Test
    void givenAnIdOfPrintableTextInAnyScript_thenItIsAccepted() {
        assertThatCode(() -> CheckedFacts.check(
                        LocalDate.of(2025, 6, 2),
                        List.of(new Person("Zoë Ng-Ōta 王", Standing.MEMBER), new Person("m 2", Standing.MEMBER))))
                .doesNotThrowAnyException();
    }

    @Test
    void givenAValueWithAnEscapeSequence_thenTheMessageQuotesItEscaped() {
        CaseFileException problem =
                rejected(HEADER + "  - {type: person, id: alex, standing: \"\\e[2J\\nPASS\"}\n", "case.yaml");

        assertThat(problem.getMessage()).contains("\\u001B[2J\\u000APASS").doesNotContain("\u001B", "\n");
    }
}
