package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A host that reads case files brings its own Jackson (policy-core depends on it only optionally):
 * the oldest version the README promises reads, refuses and writes case files exactly as the version
 * the project builds with, and without any a clear error says what to add. The build copies the oldest
 * version's jars beside the classes (policy-core's pom).
 */
class OldestJacksonTest {
    private static final String OLDEST_VERSION = System.getProperty("conductpolicy.oldestJackson.version");
    private static final Path OLDEST_JARS = Path.of(System.getProperty("conductpolicy.oldestJackson.dir", ""));

    private static final List<String> CASES = List.of(
            "example.yaml",
            CaseFileReadingTest.CASEBOOK_EXAMPLE,
            "example.json",
            """
            {"name": "a person alone", "asOf": "2025-06-02",
             "facts": [{"type": "person", "id": "alex", "standing": "member"}],
             "expectNot": [{"action": "warn"}]}
            """,
            "misspelt.yaml",
            """
            name: a misspelt field is refused on its line
            asOf: 2025-06-02
            facts:
              - {type: person, id: alex, standing: member}
              - {type: person, id: sam, standin: public}
            """,
            "twice.yaml",
            """
            name: a key given twice is refused
            asOf: 2025-06-02
            asOf: 2025-06-03
            facts: []
            """,
            "alias.yaml",
            """
            name: an anchored id and its alias are refused, not read as the text of the alias
            asOf: 2025-06-02
            facts:
              - {type: person, id: &who m1, standing: member}
              - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
              - {type: access, person: *who, platform: clp-page, on: 2025-06-01}
            """,
            "tagged.yaml",
            """
            name: a tagged value is refused
            asOf: 2025-06-02
            facts:
              - {type: person, id: !!str m1, standing: member}
            """);

    @Test
    void theOldestSupportedJacksonReadsRefusesAndWritesCaseFilesAsTheBuildsJacksonDoes() throws Exception {
        List<String> expected = CaseFileReport.of(CASES);

        List<String> withOldest = runWithOldestJackson();

        assertThat(withOldest.get(0)).isEqualTo("jackson " + OLDEST_VERSION);
        assertThat(withOldest.subList(1, withOldest.size())).isEqualTo(expected);
        assertThat(expected.get(2)).contains("misspelt.yaml:5:");
        assertThat(expected.get(4)).contains("alias.yaml:4: has an anchor (&who)");
        assertThat(expected.get(5)).contains("tagged.yaml:4: has a tag");
    }

    @Test
    void withoutJacksonReadingACaseFileSaysWhatToAddInsteadOfFailingToLinkAClass() throws Exception {
        List<String> withNone = run(List.of());

        assertThat(withNone)
                .containsExactly(
                        "no jackson",
                        "reading and writing case files and decisions needs Jackson: add"
                                + " com.fasterxml.jackson.dataformat:jackson-dataformat-yaml, version 2.12 or later, to"
                                + " the application's dependencies (deciding does not need it)");
    }

    private static List<String> runWithOldestJackson() throws IOException, InterruptedException {
        try (Stream<Path> jars = Files.list(OLDEST_JARS)) {
            return run(jars.map(Path::toString).sorted().toList());
        }
    }

    /** Runs {@link CaseFileReport} on {@link #CASES} with our classes, SLF4J and the jars given. */
    private static List<String> run(List<String> jacksonJars) throws IOException, InterruptedException {
        List<String> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // Our classes and SLF4J, and no other jar of this JVM: Jackson comes only from the jars given.
            if (!entry.endsWith(".jar")
                    || Path.of(entry).getFileName().toString().startsWith("slf4j-api")) {
                classpath.add(entry);
            }
        }
        classpath.addAll(jacksonJars);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, classpath),
                CaseFileReport.class.getName()));
        command.addAll(CASES);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return Arrays.asList(text.split("\\R"));
    }
}
