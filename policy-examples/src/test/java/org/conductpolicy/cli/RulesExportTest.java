package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy rules export DIR}: the built-in rules in a folder of the officer's, which decides as they do. */
class RulesExportTest {
    private static final Path BUILT_IN = Path.of("../policy-rules/src/main/resources/org/conductpolicy/rules");

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void givenANewFolder_thenEveryBuiltInRuleFileIsWrittenThereByteForByte(@TempDir Path root) throws IOException {
        Path folder = root.resolve("my-rules");

        Run run = policy("rules", "export", folder.toString());

        assertThat(run.exitCode()).isZero();
        List<String> names = namesIn(BUILT_IN);
        assertThat(run.out())
                .isEqualTo(
                        "wrote the built-in rules (" + names.size() + " files) to " + folder + System.lineSeparator());
        assertThat(namesIn(folder)).isEqualTo(names).contains("parameters.properties", "ladder.drl");
        for (String name : names) {
            assertThat(Files.readAllBytes(folder.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(BUILT_IN.resolve(name)));
        }
    }

    @Test
    void givenTheExportedFolder_thenItDecidesEveryCaseOfTheCasebooksAsTheBuiltInRulesDo(@TempDir Path folder) {
        policy("rules", "export", folder.toString());

        Run run =
                policy("diff", "--rules", folder.toString(), "../policy-rules/src/test/resources/casebook", "casebook");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).last().asString().startsWith("0 of ");
        assertThat(policy("test", "--rules", folder.toString(), "casebook").exitCode())
                .isZero();
    }

    @Test
    void givenAFolderThatIsNotEmpty_thenItIsRefusedWithExitCode2AndLeftAsItWas(@TempDir Path folder)
            throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "mine");

        Run run = policy("rules", "export", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("policy: " + folder + ": is not empty; export into a new or empty folder, or give --force"
                        + " to overwrite the files of the same names" + System.lineSeparator());
        assertThat(namesIn(folder)).containsExactly("notes.txt");
        assertThat(Files.readString(notes)).isEqualTo("mine");
    }

    @Test
    void givenForce_thenAFolderThatIsNotEmptyIsWrittenAndItsOtherFilesKept(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Path parameters = Files.writeString(folder.resolve("parameters.properties"), "ban-days = 14\n");

        Run run = policy("rules", "export", "--force", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(parameters)).contains("ban-days = 30");
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void givenAFile_thenItIsRefusedWithExitCode2(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("rules"), "");

        Run run = policy("rules", "export", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("policy: " + file + ": is a file, not a folder" + System.lineSeparator());
    }
}
