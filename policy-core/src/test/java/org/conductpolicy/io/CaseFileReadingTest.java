package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Flag;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files are read as policy-core/docs/case-files.md writes them, from YAML and JSON alike. */
class CaseFileReadingTest {
    static final String CASEBOOK_EXAMPLE = """
            name: a second breach within 12 months of the first warning brings a 30-day ban
            asOf: 2025-06-02              # the day the question is asked
            facts:                        # everything known, in any order
              - {type: person, id: alex, standing: member}
              - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
              - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-01-10, conduct: personal-attack, adminsConsulted: true}
              - {type: sanction, id: s1, person: alex, platform: clp-page, kind: warning, on: 2025-01-12, incident: i1}
              - {type: incident, id: i2, person: alex, platform: clp-page, on: 2025-06-01, conduct: trolling, adminsConsulted: true}
            expect:                       # optional; used by `test`
              - {action: ban, person: alex, platform: clp-page, days: 30, incident: i2}
            expectNot:                    # optional: actions that must NOT be proposed
              - {action: ban-for-life}
            """;

    @Test
    void givenTheCasebookExample_whenRead_thenEveryPartIsThere() {
        CaseFile caseFile = CaseFiles.parse(CASEBOOK_EXAMPLE, "example.yaml");

        assertThat(caseFile.name())
                .isEqualTo("a second breach within 12 months of the first warning brings a 30-day ban");
        assertThat(caseFile.asOf()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(caseFile.facts()).hasSize(5).first().isEqualTo(new Person("alex", Standing.MEMBER));
        assertThat(caseFile.facts().get(4))
                .isEqualTo(Incident.consulted("i2", "alex", "clp-page", LocalDate.of(2025, 6, 1), "trolling"));
        assertThat(caseFile.expect())
                .containsExactly(Expectation.of(
                        ActionType.BAN,
                        Map.of(
                                ActionField.PERSON, "alex",
                                ActionField.PLATFORM, "clp-page",
                                ActionField.DAYS, 30,
                                ActionField.INCIDENT, "i2")));
        assertThat(caseFile.expectNot()).containsExactly(Expectation.of(ActionType.BAN_FOR_LIFE, Map.of()));
        assertThat(caseFile.source()).isEqualTo("example.yaml");
    }

    @Test
    void givenTheSameCaseAsJson_whenRead_thenItEqualsTheYaml() {
        String json = """
                {"name": "a second breach within 12 months of the first warning brings a 30-day ban",
                 "asOf": "2025-06-02",
                 "facts": [
                   {"type": "person", "id": "alex", "standing": "member"},
                   {"type": "platform", "id": "clp-page", "kind": "facebook-page", "owner": "clp"},
                   {"type": "incident", "id": "i1", "person": "alex", "platform": "clp-page", "on": "2025-01-10",
                    "conduct": "personal-attack", "adminsConsulted": true},
                   {"type": "sanction", "id": "s1", "person": "alex", "platform": "clp-page", "kind": "warning",
                    "on": "2025-01-12", "incident": "i1"},
                   {"type": "incident", "id": "i2", "person": "alex", "platform": "clp-page", "on": "2025-06-01",
                    "conduct": "trolling", "adminsConsulted": true}],
                 "expect": [{"action": "ban", "person": "alex", "platform": "clp-page", "days": 30, "incident": "i2"}],
                 "expectNot": [{"action": "ban-for-life"}]}
                """;

        CaseFile fromJson = CaseFiles.parse(json, "example.json");
        CaseFile fromYaml = CaseFiles.parse(CASEBOOK_EXAMPLE, "example.json".replace(".json", ".yaml"));

        assertThat(fromJson.facts()).isEqualTo(fromYaml.facts());
        assertThat(fromJson.expect()).isEqualTo(fromYaml.expect());
        assertThat(fromJson.expectNot()).isEqualTo(fromYaml.expectNot());
    }

    @Test
    void givenAFormatNamedOutright_whenParsed_thenTheTextIsReadSoWhateverItsSourceIsCalled() {
        // given a conduct table with the example's kinds, and text with no file name (as standard input is)
        ConductTable table = ConductTable.of(List.of(
                new ConductKind("personal-attack", ConductClass.BREACH, List.of("CoC-7"), List.of()),
                new ConductKind("trolling", ConductClass.BREACH, List.of("CoC-13"), List.of())));

        // when it is parsed as YAML, then it reads as the same file named .yaml does, under its own name
        CaseFile fromYaml = CaseFiles.parse(CASEBOOK_EXAMPLE, "standard input", CaseFileFormat.YAML, table);
        assertThat(fromYaml.source()).isEqualTo("standard input");
        assertThat(fromYaml.facts())
                .isEqualTo(CaseFiles.parse(CASEBOOK_EXAMPLE, "example.yaml").facts());

        // and parsed as JSON, YAML is refused, the message naming the source as given
        assertThatThrownBy(() -> CaseFiles.parse(CASEBOOK_EXAMPLE, "standard input", CaseFileFormat.JSON, table))
                .isInstanceOf(CaseFileException.class)
                .hasMessageStartingWith("standard input");
    }

    @Test
    void givenAFileName_thenItsEndingInAnyCaseTellsTheFormat() {
        assertThat(CaseFileFormat.ofName("case.YML")).contains(CaseFileFormat.YAML);
        assertThat(CaseFileFormat.ofName("case.yaml")).contains(CaseFileFormat.YAML);
        assertThat(CaseFileFormat.ofName("case.Json")).contains(CaseFileFormat.JSON);
        assertThat(CaseFileFormat.ofName("case.txt")).isEmpty();
        assertThat(CaseFileFormat.ofName("yaml")).isEmpty();
    }

    @Test
    void givenAFileOnDisk_whenRead_thenItsSourceIsThePathAsGiven(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("case.yml"), CASEBOOK_EXAMPLE);

        assertThat(CaseFiles.read(file).source()).isEqualTo(file.toString());
    }

    @Test
    void givenAFileThatDoesNotExist_whenRead_thenTheMessageSaysSo(@TempDir Path folder) {
        Path missing = folder.resolve("missing.yaml");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CaseFiles.read(missing)))
                .isInstanceOf(CaseFileException.class)
                .hasMessage(missing + ": does not exist");
    }

    @Test
    void givenOptionalFlagsLeftOut_whenRead_thenTheyTakeTheirDefaults() {
        CaseFile caseFile = CaseFiles.parse("""
                name: an appeal decision without 'accepted'
                asOf: 2025-06-02
                facts:
                  - {type: person, id: alex, standing: member}
                  - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
                  - {type: sanction, id: s1, person: alex, platform: clp-page, kind: warning, on: 2025-01-12}
                  - {type: appeal, id: a1, person: alex, sanction: s1, on: 2025-01-20}
                  - {type: appeal-decision, appeal: a1, on: 2025-02-01, outcome: upheld}
                """, "case.yaml");

        assertThat(caseFile.facts().get(4))
                .isEqualTo(new AppealDecision(
                        "a1", LocalDate.of(2025, 2, 1), org.conductpolicy.api.fact.Outcome.UPHELD, true));
        assertThat(caseFile.expect()).isEqualTo(List.of());
    }

    @Test
    void givenEveryFactTypeOfTheModel_thenTheReaderKnowsEachOne() {
        assertThat(java.util.Arrays.stream(org.conductpolicy.api.fact.FactType.values())
                        .<Class<?>>map(org.conductpolicy.api.fact.FactType::factClass))
                .containsExactlyInAnyOrder(org.conductpolicy.api.fact.Fact.class.getPermittedSubclasses());
    }

    @Test
    void givenACaseFile_whenRead_thenItsFactsAreCheckedOnceAndTheEngineNeedNotCheckThemAgain() {
        CaseFile caseFile = CaseFiles.parse(CASEBOOK_EXAMPLE, "example.yaml");

        assertThat(caseFile.facts()).isInstanceOf(CheckedFacts.class);
        assertThat(CheckedFacts.check(caseFile.asOf(), caseFile.facts())).isSameAs(caseFile.facts());
    }

    @Test
    void givenEveryFlagOfEveryFactType_thenHowItMayBeLeftOutIsSaidOnTheFlag() {
        Map<String, Flag.IfOmitted> notFalse = new java.util.TreeMap<>();
        for (FactType type : FactType.values()) {
            type.fields().stream()
                    .filter(field -> field.getType() == boolean.class)
                    .filter(flag -> Flag.IfOmitted.of(flag) != Flag.IfOmitted.FALSE)
                    .forEach(flag -> notFalse.put(type.wireName() + "." + flag.getName(), Flag.IfOmitted.of(flag)));
        }

        // policy-core/docs/case-files.md: accepted defaults to true; resolved and speaksForClp must be given.
        assertThat(notFalse)
                .containsExactly(
                        Map.entry("appeal-decision.accepted", Flag.IfOmitted.TRUE),
                        Map.entry("complaint-decision.resolved", Flag.IfOmitted.REQUIRED),
                        Map.entry("post.speaksForClp", Flag.IfOmitted.REQUIRED));
    }
}
