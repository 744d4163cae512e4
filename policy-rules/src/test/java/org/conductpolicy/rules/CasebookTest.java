package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.io.CaseResult;
import org.conductpolicy.io.Casebook;
import org.conductpolicy.io.DecisionJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's casebook: every case file under {@code casebook/}, in every subfolder, is one test,
 * named after its file, that passes when the built-in rules propose what it expects and nothing it
 * rules out.
 */
class CasebookTest {
    private static final Casebook CASEBOOK = new Casebook(Rules.ENGINE);

    @TestFactory
    Stream<DynamicTest> everyCaseFileOfTheCasebookPasses() throws URISyntaxException {
        return everyCaseFile(CASEBOOK);
    }

    /**
     * The order Drools reads rule files in (a jar's entries, a folder's listing) decides the order rules
     * fire in when nothing else does; a decision that depends on it is a bug in the rules. So the casebook
     * must also pass with the files loaded from two other fixed orders: named in order and in reverse
     * (Drools then compiles them in two different orders; one of them is the jar's).
     */
    @TestFactory
    Stream<DynamicTest> everyCaseFilePassesWithTheRuleFilesReadInNameOrder(@TempDir Path copy)
            throws URISyntaxException, IOException {
        return everyCaseFile(new Casebook(PolicyEngine.fromRuleFolder(copyOfTheRules(copy, false))));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFilePassesWithTheRuleFilesReadInReverseNameOrder(@TempDir Path copy)
            throws URISyntaxException, IOException {
        return everyCaseFile(new Casebook(PolicyEngine.fromRuleFolder(copyOfTheRules(copy, true))));
    }

    /** The built-in rule folder copied, its rule files renamed so that their names sort as asked. */
    private static Path copyOfTheRules(Path copy, boolean reversed) throws URISyntaxException, IOException {
        Path builtIn = Path.of(CasebookTest.class
                        .getResource("/org/conductpolicy/rules/parameters.properties")
                        .toURI())
                .getParent();
        List<Path> files;
        try (Stream<Path> listed = Files.list(builtIn)) {
            files = listed.sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            int place = reversed ? files.size() - i : i;
            Files.copy(
                    files.get(i), copy.resolve(name.endsWith(".drl") ? String.format("%02d-%s", place, name) : name));
        }
        return copy;
    }

    private static Stream<DynamicTest> everyCaseFile(Casebook casebook) throws URISyntaxException {
        Path folder = Path.of(CasebookTest.class.getResource("/casebook").toURI());
        List<Path> files = Casebook.caseFilesUnder(List.of(folder));
        assertThat(files).as("case files under %s", folder).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        folder.relativize(file).toString(), file.toUri(), () -> assertPasses(casebook.run(file))));
    }

    private static void assertPasses(CaseResult result) {
        assertThat(result.failures())
                .as(
                        "%s%nproposed:%n%s",
                        result.name(),
                        result.proposed().stream()
                                .map(action -> "  " + DecisionJson.of(action))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
