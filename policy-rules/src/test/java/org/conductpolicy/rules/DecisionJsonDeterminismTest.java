package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.Casebook;
import org.conductpolicy.io.DecisionJson;
import org.junit.jupiter.api.Test;

/** The same case gives byte-identical JSON on every run and whatever the order of its facts. */
class DecisionJsonDeterminismTest {

    @Test
    void givenEveryCaseOfTheCasebook_whenDecidedAgainWithItsFactsShuffled_thenTheJsonIsByteIdentical()
            throws URISyntaxException {
        Path folder = Path.of(
                DecisionJsonDeterminismTest.class.getResource("/casebook").toURI());
        Random random = new Random(20250602L);
        for (Path file : Casebook.caseFilesUnder(List.of(folder))) {
            CaseFile caseFile = CaseFiles.read(file);
            byte[] first = json(caseFile.asOf().toString(), caseFile.facts());

            for (int shuffle = 0; shuffle < 20; shuffle++) {
                List<Fact> shuffled = new ArrayList<>(caseFile.facts());
                Collections.shuffle(shuffled, random);

                assertThat(json(caseFile.asOf().toString(), shuffled))
                        .as("%s, facts in the order %s", file.getFileName(), shuffled)
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void givenTheSameCase_whenDecidedByTwoEngines_thenTheJsonIsByteIdentical() {
        CaseFile caseFile = CaseFiles.parse("""
                name: two breaches after a warning
                asOf: 2025-06-02
                facts:
                  - {type: person, id: member-17, standing: member}
                  - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
                  - {type: incident, id: i1, person: member-17, platform: clp-page, on: 2025-01-10, conduct: trolling, adminsConsulted: true}
                  - {type: sanction, id: s1, person: member-17, platform: clp-page, kind: warning, on: 2025-01-12, incident: i1}
                  - {type: incident, id: i2, person: member-17, platform: clp-page, on: 2025-06-01, conduct: shaming, adminsConsulted: true}
                  - {type: incident, id: i3, person: member-17, platform: clp-page, on: 2025-06-01, conduct: policy-criticism}
                """, "case.yaml");

        String once = DecisionJson.of(Rules.ENGINE.decide(caseFile.asOf(), caseFile.facts()));
        String again = DecisionJson.of(
                org.conductpolicy.api.PolicyEngine.withDefaultRules().decide(caseFile.asOf(), caseFile.facts()));

        assertThat(again).isEqualTo(once);
        assertThat(once).contains("\"action\": \"ban\"").contains("\"action\": \"no-breach\"");
    }

    private static byte[] json(String asOf, List<Fact> facts) {
        return DecisionJson.of(Rules.ENGINE.decide(java.time.LocalDate.parse(asOf), facts))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
