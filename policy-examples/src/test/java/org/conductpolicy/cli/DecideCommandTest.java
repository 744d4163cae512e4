package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;
import static org.conductpolicy.cli.Run.policyReading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy decide}: a decision as JSON on stdout, or an error on stderr, exit 2 and nothing on stdout. */
class DecideCommandTest {
    private static final String SECOND_BREACH =
            "casebook/a-warned-member-breaches-again-on-twitter-and-is-banned-there.yaml";
    private static final String FIRST_BREACH = "casebook/once-consulted-the-admins-warn-the-member.yaml";

    @Test
    void givenACaseFile_thenItsDecisionIsPrintedAsJsonAndTheExitCodeIs0() {
        Run run = policy("decide", SECOND_BREACH);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("{\n  \"asOf\": \"2026-01-20\",\n  \"rulesVersion\": \"sha256:")
                .contains("\",\n  \"actions\": [\n")
                .contains("\n    {\"action\": \"ban\", \"person\": \"member-104\","
                        + " \"platform\": \"clp-twitter\", \"incident\": \"tweet-0118\", \"days\": 30,"
                        + " \"until\": \"2026-02-19\", \"windowEnds\": \"2027-02-19\", \"due\": \"2026-01-20\"")
                .endsWith("\n  ]\n}\n");
    }

    @Test
    void givenTwoCaseFiles_thenEachDecisionIsOneJsonLineWithItsFileInTheOrderGiven() throws IOException {
        Run run = policy("decide", SECOND_BREACH, FIRST_BREACH);

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode second = json.readTree(lines.get(0));
        assertThat(lines.get(0))
                .startsWith("{\"file\":\"" + SECOND_BREACH + "\",\"asOf\":\"2026-01-20\",\"rulesVersion\":\"sha256:");
        assertThat(json.readTree(lines.get(1)).get("file").asText()).isEqualTo(FIRST_BREACH);
        assertThat(json.readTree(lines.get(1)).get("asOf").asText()).isEqualTo("2025-09-10");
        // each line holds the same decision that the file alone prints as a document
        JsonNode alone = json.readTree(policy("decide", SECOND_BREACH).out());
        ((ObjectNode) second).remove("file");
        assertThat(second).isEqualTo(alone);
    }

    @Test
    void givenADash_thenTheCaseIsReadFromStandardInputAsYaml() throws IOException {
        String yaml = Files.readString(Path.of(SECOND_BREACH));

        Run run = policyReading(yaml, "decide", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(policy("decide", SECOND_BREACH).out());
    }

    @Test
    void givenADashAndStdinFormatJson_thenStandardInputIsReadAsJson(@TempDir Path folder) throws IOException {
        String json = """
                {"name": "a first consulted breach", "asOf": "2025-03-05", "facts": [
                  {"type": "person", "id": "member-17", "standing": "member"},
                  {"type": "platform", "id": "clp-page", "kind": "facebook-page", "owner": "clp"},
                  {"type": "incident", "id": "i1", "person": "member-17", "platform": "clp-page", "on": "2025-03-03",
                   "conduct": "trolling", "adminsConsulted": true}]}
                """;
        Path file = Files.writeString(folder.resolve("case.json"), json);

        Run run = policyReading(json, "decide", "--stdin-format", "json", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("{\"action\": \"warn\"")
                .isEqualTo(policy("decide", file.toString()).out());
    }

    @Test
    void givenABadCaseOnStandardInput_thenTheMessageNamesStandardInputAndTheLine() {
        Run run = policyReading(
                "name: bad\nasOf: 2025-06-02\nfacts:\n  - {type: person, id: p1, standing: membr}\n", "decide", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("policy: standard input:4: fact 1 (person 'p1'): field 'standing' is 'membr',"
                        + " not one of: member, public" + System.lineSeparator());
    }

    @Test
    void givenAFolder_thenACleanMessageSaysToUseTestAndTheExitCodeIs2() {
        Run run = policy("decide", "casebook");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("policy: casebook: is a folder: decide reads case files; 'policy test' runs every case"
                        + " file in a folder" + System.lineSeparator());
    }

    @Test
    void givenVersion_thenTheProjectVersionOfThePomIsPrinted() throws IOException {
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(parent.find()).isTrue();

        Run run = policy("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("policy " + parent.group(1) + System.lineSeparator());
    }

    @Test
    void givenTheSameCaseTwice_thenTheOutputIsByteIdentical() {
        assertThat(policy("decide", SECOND_BREACH).out())
                .isEqualTo(policy("decide", SECOND_BREACH).out());
    }

    @Test
    void givenABadCaseFileAmongGoodOnes_thenNothingIsPrintedOnStdoutAndTheExitCodeIs2(@TempDir Path folder)
            throws IOException {
        Path bad = Files.writeString(
                folder.resolve("bad.yaml"),
                "name: bad\nasOf: 2025-06-02\nfacts:\n  - {type: person, id: p1, standing: membr}\n");

        Run run = policy("decide", FIRST_BREACH, bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("policy: " + bad + ":4: fact 1 (person 'p1'): field 'standing' is 'membr',"
                        + " not one of: member, public" + System.lineSeparator());
    }

    @Test
    void givenACaseFileWithAnAlias_thenNothingIsDecidedAndTheErrorNamesTheFileAndLine(@TempDir Path folder)
            throws IOException {
        // Read as text, *who would name the person 'who', not m1, whom &who anchors: the wrong person banned.
        Path aliased = Files.writeString(folder.resolve("aliased.yaml"), """
                name: an alias would put the sanction on the wrong person
                asOf: 2025-06-02
                facts:
                  - {type: person, id: &who m1, standing: member}
                  - {type: person, id: who, standing: member}
                  - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
                  - {type: incident, id: i1, person: *who, platform: clp-page, on: 2025-06-01,
                     conduct: trolling, adminsConsulted: true}
                """);

        Run run = policy("decide", aliased.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("policy: " + aliased + ":4: has an anchor (&who): a case file is plain data, so YAML"
                        + " anchors, aliases, merge keys and tags are refused; write each value out where it is used"
                        + System.lineSeparator());
    }

    @Test
    void givenACaseFileWithAnAliasAlone_thenItIsRefusedAtTheAliasLine(@TempDir Path folder) throws IOException {
        Path aliased = Files.writeString(folder.resolve("alias-alone.yaml"), """
                name: an alias with no anchor is refused too
                asOf: 2025-06-02
                facts:
                  - {type: person, id: who, standing: member}
                  - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
                  - {type: incident, id: i1, person: *who, platform: clp-page, on: 2025-06-01,
                     conduct: trolling, adminsConsulted: true}
                """);

        Run run = policy("decide", aliased.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("policy: " + aliased + ":6: has an alias (*who): ");
    }

    @Test
    void givenAFileThatDoesNotExist_thenTheExitCodeIs2() {
        Run run = policy("decide", "casebook/no-such-case.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("casebook/no-such-case.yaml: does not exist");
    }

    @Test
    void givenAnEditedCopyOfTheRules_thenTheyDecide(@TempDir Path rules) throws IOException {
        copyBuiltInRules(rules);
        Path parameters = rules.resolve("parameters.properties");
        Files.writeString(parameters, Files.readString(parameters).replace("ban-days = 30", "ban-days = 14"));

        Run run = policy("decide", "--rules", rules.toString(), SECOND_BREACH);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"days\": 14, \"until\": \"2026-02-03\"");
    }

    @Test
    void givenAKindOfConductTheRulesDoNotList_thenTheFileAndLineAreNamedAndTheExitCodeIs2(@TempDir Path folder)
            throws IOException {
        Path impersonation = Files.writeString(folder.resolve("impersonation.yaml"), IMPERSONATION);

        Run run = policy("decide", impersonation.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("policy: " + impersonation + ":6: fact 3 (incident 'i1'): field 'conduct' is"
                        + " 'impersonation', not a kind of conduct the rules' conduct table lists: harassment,");
    }

    @Test // CoC-8
    void givenAKindAddedToTheConductTableOfTheRulesInUse_thenACaseOfItIsDecided(@TempDir Path rules)
            throws IOException {
        copyBuiltInRules(rules);
        Path conduct = rules.resolve("conduct.properties");
        Files.writeString(conduct, Files.readString(conduct) + "impersonation = breach CoC-8\n");
        Path impersonation = Files.writeString(rules.resolve("impersonation.yaml"), IMPERSONATION);

        Run run = policy("decide", "--rules", rules.toString(), impersonation.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"because\": \"breach of CoC-8 (impersonation) on 2025-03-01");
    }

    private static final String IMPERSONATION = """
            name: impersonating another member
            asOf: 2025-03-02
            facts:
              - {type: person, id: member-5, standing: member}
              - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
              - {type: incident, id: i1, person: member-5, platform: clp-page, on: 2025-03-01, conduct: impersonation, adminsConsulted: true}
            """;

    @Test
    void givenRulesThatDoNotCompile_thenTheFileIsNamedOnStderrAndTheExitCodeIs2(@TempDir Path rules)
            throws IOException {
        copyBuiltInRules(rules);
        Files.writeString(
                rules.resolve("broken.drl"),
                "package org.conductpolicy.rules;\nrule \"broken\"\nwhen\n  Nothing(\nthen\nend\n");

        Run run = policy("decide", "--rules", rules.toString(), SECOND_BREACH);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("policy: the rules could not be loaded:")
                .contains("broken.drl");
    }

    @Test
    void givenHelp_thenTheUsageIsPrintedOnStdout() {
        Run run = policy("decide", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: policy decide").contains("--rules=DIR");
    }

    @Test
    void givenHelp_thenItListsTheKindsOfConductOfTheBuiltInRules() {
        Run run = policy("decide", "--help");

        assertThat(run.out())
                .contains("Kinds of conduct an incident may name (conduct.properties of the rules in use):")
                .containsPattern("\\n  personal-attack +breach CoC-7\\R")
                .containsPattern("\\n  policy-criticism +legitimate-debate CoC-2, CoC-7, PRN-6\\R")
                .containsPattern(
                        "\\n  discrimination +breach CoC-4\\R    with a characteristic, one of: gender, race,");
    }

    @Test
    void givenHelpWithAnEditedCopyOfTheRules_thenItListsTheKindsOfThatCopy(@TempDir Path rules) throws IOException {
        copyBuiltInRules(rules);
        Path conduct = rules.resolve("conduct.properties");
        Files.writeString(conduct, Files.readString(conduct) + "impersonation = breach CoC-8\n");

        Run run = policy("decide", "--rules", rules.toString(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\n  impersonation +breach CoC-8\\R");
        assertThat(policy("decide", "--help").out()).doesNotContain("impersonation");
    }

    @Test
    void givenNoFile_thenTheUsageGoesToStderrAndTheExitCodeIs2() {
        Run run = policy("decide");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Missing required parameter").contains("Usage: policy decide");
    }

    @Test
    void givenNoCommand_thenTheUsageGoesToStderrAndTheExitCodeIs2() {
        Run run = policy();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("name a command: decide, test, check, explain, diff, verify, standing, letter, rules")
                .contains("Usage: policy");
    }

    static void copyBuiltInRules(Path target) throws IOException {
        Path source = Path.of("../policy-rules/src/main/resources/org/conductpolicy/rules");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
    }
}
