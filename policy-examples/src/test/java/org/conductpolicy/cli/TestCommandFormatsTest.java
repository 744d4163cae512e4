package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code policy test --format junit|json}: the same results, as JUnit XML for CI servers and as JSON for tools. */
class TestCommandFormatsTest {
    private static final String WARNING = TestCommandTest.WARNING;

    /** Two folders: one with a passing case, one with a failing case whose name XML must escape. */
    private static Path casebook(Path root) throws IOException {
        Path ladder = Files.createDirectories(root.resolve("ladder"));
        Path odd = Files.createDirectories(root.resolve("odd"));
        Files.writeString(ladder.resolve("warned.yaml"), WARNING + "expect:\n  - {action: warn, person: member-17}\n");
        Files.writeString(
                odd.resolve("banned.yaml"),
                WARNING.replace("name: a first consulted breach brings a warning", "name: \"<ban> & \\\"quotes\\\"\"")
                        + "expect:\n  - {action: ban, person: member-17}\n");
        return root;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int index = 0; index < nodes.getLength(); index++) {
            if (nodes.item(index) instanceof Element element
                    && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void givenFormatJunit_thenStdoutIsWellFormedJunitXmlWithASuitePerFolderAndACasePerCase(@TempDir Path root)
            throws Exception {
        // given a casebook of two folders, one case failing
        Path casebook = casebook(root);

        // when it is tested with --format junit
        Run run = policy("test", "--format", "junit", casebook.toString());

        // then the exit code is the text format's, and the XML parses in the shape CI servers read
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element suites = parse(run.out()).getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("2");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        List<Element> suite = children(suites, "testsuite");
        assertThat(suite)
                .extracting(element -> element.getAttribute("name"))
                .containsExactly(
                        casebook.resolve("ladder").toString(),
                        casebook.resolve("odd").toString());
        assertThat(suite).extracting(element -> element.getAttribute("tests")).containsExactly("1", "1");
        assertThat(suite)
                .extracting(element -> element.getAttribute("failures"))
                .containsExactly("0", "1");

        Element passed = children(suite.get(0), "testcase").get(0);
        assertThat(passed.getAttribute("name")).isEqualTo("a first consulted breach brings a warning");
        assertThat(passed.getAttribute("classname")).endsWith(".ladder");
        assertThat(passed.getAttribute("file"))
                .isEqualTo(casebook.resolve("ladder/warned.yaml").toString());
        assertThat(passed.getChildNodes().getLength()).isZero();

        Element failed = children(suite.get(1), "testcase").get(0);
        assertThat(failed.getAttribute("name")).isEqualTo("<ban> & \"quotes\"");
        Element failure = children(failed, "failure").get(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("expected {action: ban, person: member-17}, but no action proposed matches it");
        assertThat(failure.getTextContent())
                .contains("expected {action: ban, person: member-17}")
                .contains("proposed: {\"action\": \"warn\", \"person\": \"member-17\"");
    }

    @Test
    void givenACaseNameWithACharacterXmlCannotHold_thenTheReportStillParses(@TempDir Path folder) throws Exception {
        Files.writeString(
                folder.resolve("bell.yaml"),
                WARNING.replace(
                                "name: a first consulted breach brings a warning",
                                "name: \"\\a a first consulted breach brings a warning\"")
                        + "expect:\n  - {action: warn}\n");

        Run run = policy("test", "--format", "junit", folder.toString());

        Element testcase =
                (Element) parse(run.out()).getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("\uFFFD a first consulted breach brings a warning");
    }

    @Test
    void givenTheSameCasebookTwice_thenTheJunitReportIsByteIdentical(@TempDir Path root) throws IOException {
        Path casebook = casebook(root);

        assertThat(policy("test", "--format", "junit", casebook.toString()).out())
                .isEqualTo(
                        policy("test", "--format", "junit", casebook.toString()).out());
    }

    @Test
    void givenAnOutputFile_thenTheReportGoesThereAndStdoutHoldsOnlyTheCount(@TempDir Path root) throws Exception {
        Path casebook = casebook(root);
        Path report = root.resolve("target/policy-reports/TEST-casebook.xml");

        Run run = policy("test", "--format", "junit", "--output", report.toString(), casebook.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("1 passed, 1 failed" + System.lineSeparator());
        assertThat(parse(Files.readString(report)).getDocumentElement().getAttribute("tests"))
                .isEqualTo("2");
    }

    @Test
    void givenFormatJson_thenStdoutIsOneJsonDocumentWithEveryCaseAndTheCounts(@TempDir Path root) throws IOException {
        Path casebook = casebook(root);

        Run run = policy("test", "--format", "json", casebook.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("passed").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        JsonNode failed = report.get("cases").get(1);
        assertThat(failed.get("file").asText())
                .isEqualTo(casebook.resolve("odd/banned.yaml").toString());
        assertThat(failed.get("name").asText()).isEqualTo("<ban> & \"quotes\"");
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("failures").get(0).asText())
                .isEqualTo("expected {action: ban, person: member-17}, but no action proposed matches it");
        assertThat(failed.get("warnings")).isEmpty();
        assertThat(failed.get("proposed").findValuesAsText("action")).containsExactly("warn");
        assertThat(failed.get("proposed").get(0).get("windowEnds").asText()).isEqualTo("2026-03-05");
    }

    @Test
    void givenAFormatThatIsNotOneOfThem_thenTheExitCodeIs2NamingTheFormats() {
        Run run = policy("test", "--format", "xml", "casebook");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'xml' is not one of: text, junit, json");
    }
}
