package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.conductpolicy.api.ClauseMark;
import org.conductpolicy.api.PolicyRulesException;
import org.junit.jupiter.api.Test;

/** The clause catalogue: each clause's text, and the marks of the clauses no rule decides. */
class ClauseCatalogueTest {
    private static final String CATALOGUE = """
            # a comment
            ESC-2 = Another breach within 12 months of the first warning: a 30-day ban.
            SM-3 = Strategy follows the CLP's communication strategy, passed down by the SMO.
            SM-3.organisational = no fact records the strategy.
            CoC-6 = Consider how words may exclude others.
            CoC-6.advisory = guidance on how words are felt.
            PUB-1 = Members of the public are held to the same standards.
            PUB-1.built-in = no rule reads a person's standing.
            """;

    private static PolicyRulesException refused(String text) {
        try {
            ClauseCatalogue.parse("clauses.properties", text);
        } catch (PolicyRulesException refused) {
            return refused;
        }
        throw new AssertionError("the catalogue was read");
    }

    @Test
    void aMarkIsReadAsTheKindAndReasonOfItsClauseAndIsNoClauseItself() {
        ClauseCatalogue catalogue = ClauseCatalogue.parse("clauses.properties", CATALOGUE);

        assertThat(catalogue.texts()).containsOnlyKeys("CoC-6", "ESC-2", "PUB-1", "SM-3");
        assertThat(catalogue.texts().get("SM-3")).startsWith("Strategy follows");
        assertThat(catalogue.marks())
                .containsOnlyKeys("CoC-6", "PUB-1", "SM-3")
                .containsEntry("SM-3", new ClauseMark(ClauseMark.Kind.ORGANISATIONAL, "no fact records the strategy."))
                .containsEntry("CoC-6", new ClauseMark(ClauseMark.Kind.ADVISORY, "guidance on how words are felt."))
                .containsEntry("PUB-1", new ClauseMark(ClauseMark.Kind.BUILT_IN, "no rule reads a person's standing."));
    }

    @Test
    void aMarkOfAnUnknownKindIsRefusedNamingItsLineAndTheKinds() {
        PolicyRulesException refused = refused(CATALOGUE + "ESC-2.strategic = why\n");

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.message()).contains("'ESC-2.strategic'", "advisory, organisational, built-in");
        });
    }

    @Test
    void aMarkOfAClauseTheCatalogueDoesNotListIsRefused() {
        assertThat(refused(CATALOGUE + "SM-9.advisory = why\n").problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("SM-9", "does not list"));
    }

    @Test
    void aClauseMarkedTwiceIsRefused() {
        assertThat(refused(CATALOGUE + "SM-3.advisory = why\n").problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("SM-3", "second time"));
    }

    @Test
    void aMarkWithoutAReasonIsRefused() {
        assertThat(refused(CATALOGUE + "ESC-2.advisory =\n").problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("no reason"));
    }

    @Test
    void theKindsAreWrittenAsTheCatalogueWritesThem() {
        assertThat(ClauseMark.Kind.BUILT_IN.wireName()).isEqualTo("built-in");
        assertThat(ClauseMark.Kind.ORGANISATIONAL.wireName()).isEqualTo("organisational");
    }
}
