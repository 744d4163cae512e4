package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.conductpolicy.api.BatchResult;
import org.conductpolicy.api.Case;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.Casebook;
import org.junit.jupiter.api.Test;

/** The built-in rules decide a batch exactly as they decide its cases one at a time, in the batch's order. */
class BatchDecisionTest {

    private static List<Case> casebookCases() throws URISyntaxException {
        Path folder = Path.of(BatchDecisionTest.class.getResource("/casebook").toURI());
        List<Case> cases = new ArrayList<>();
        for (Path file : Casebook.caseFilesUnder(List.of(folder))) {
            CaseFile caseFile = CaseFiles.read(file, Rules.ENGINE.conductTable());
            cases.add(new Case(caseFile.asOf(), caseFile.facts()));
        }
        return cases;
    }

    @Test
    void aBatchOfTheWholeCasebookInShuffledOrderDecidesEachCaseAsDecidingItAloneDoes() throws Exception {
        // given every casebook case, shuffled
        List<Case> cases = casebookCases();
        Collections.shuffle(cases, new Random(12));

        // when they are decided as a batch
        List<BatchResult> results = Rules.ENGINE.decideAll(cases);

        // then each result is the decision of its own case, decided alone, by the same rules
        assertThat(results).hasSize(cases.size());
        for (int at = 0; at < cases.size(); at++) {
            Case aCase = cases.get(at);
            Decision alone = Rules.ENGINE.decide(aCase.asOf(), aCase.facts());
            Decision inBatch = results.get(at).decision().orElseThrow();
            assertThat(inBatch).isEqualTo(alone);
            assertThat(inBatch.actions())
                    .extracting("rule")
                    .isEqualTo(alone.actions().stream()
                            .map(action -> action.rule())
                            .toList());
            assertThat(inBatch.rulesVersion()).isEqualTo(alone.rulesVersion());
        }
    }

    @Test
    void aCaseWithADuplicatePersonIsReportedInItsPlaceAndTheCasesAroundItAreDecided() throws Exception {
        // given a casebook case, a case naming one person twice, and another casebook case
        List<Case> casebook = casebookCases();
        List<Fact> twice = List.of(Facts.member("p-1"), Facts.member("p-1"));
        List<Case> cases = List.of(casebook.get(0), new Case(Rules.day("2025-06-02"), twice), casebook.get(1));

        // when they are decided as a batch
        List<BatchResult> results = Rules.ENGINE.decideAll(cases);

        // then the invalid case is an InvalidFactException in its place, and the others are decided
        assertThat(results.get(0).decision()).isPresent();
        assertThat(results.get(1).failure()).get().isInstanceOf(InvalidFactException.class);
        assertThat(results.get(2).decision())
                .contains(Rules.ENGINE.decide(
                        casebook.get(1).asOf(), casebook.get(1).facts()));
    }
}
