package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductpolicy.io.CaseResult;
import org.conductpolicy.io.Casebook;
import org.conductpolicy.io.DecisionJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's casebook: every case file under {@code casebook/}, in every subfolder, is one test,
 * named after its file, that passes when the built-in rules propose what it expects and nothing it
 * rules out.
 */
class CasebookTest {
    private static final Casebook CASEBOOK = new Casebook(Rules.ENGINE);

    @TestFactory
    Stream<DynamicTest> everyCaseFileOfTheCasebookPasses() throws URISyntaxException {
        Path folder = Path.of(CasebookTest.class.getResource("/casebook").toURI());
        List<Path> files = Casebook.caseFilesUnder(List.of(folder));
        assertThat(files).as("case files under %s", folder).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        folder.relativize(file).toString(), file.toUri(), () -> assertPasses(CASEBOOK.run(file))));
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
