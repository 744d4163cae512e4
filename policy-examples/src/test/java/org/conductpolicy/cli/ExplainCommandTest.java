package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code policy explain}: each action with its rule, its clauses quoted and the facts it matched, then the
 * why-nots. The case: member-17 breached (i1), breached again before the warning w1 for it was issued (i2),
 * appealed w1 (a1, only the appellant heard) and breached inside w1's window (i3); member-18's breach (i4)
 * is not yet consulted on; member-19's breach i6 came after the window of the warning w2 ended.
 */
class ExplainCommandTest {
    private static final String CASE = "src/test/resources/explain/a-warned-member-breaches-again-and-appeals.yaml";

    @Test // ESC-2
    void givenACaseWithABan_thenTheTextNamesTheRuleQuotesItsClausesAndListsTheFactsItMatched() {
        Run run = policy("explain", CASE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        int ban = lines.indexOf(lines.stream()
                .filter(line -> line.matches("\\d+\\. ban \\(person: member-17, .*"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.subList(ban + 1, ban + 5))
                .containsExactly(
                        "   because: breach of CoC-7 (personal-attack) on 2025-06-01, within 12 months of the warning"
                                + " of 2025-01-15: a 30-day ban",
                        "   rule: \"A consulted breach inside a warning's window brings a ban\"",
                        "   matched: incident i3, sanction w1",
                        "   ESC-2: " + Run.BUILT_IN.clauses().get("ESC-2"));
    }

    @Test // INT-2, ESC-2, INT-5, INT-12, ESC-6
    void givenBreachesThatEarnedNoStepAndAnAppealNotDecided_thenTheTextSaysWhyNotForEach() {
        Run run = policy("explain", CASE);

        assertThat(run.out().lines().toList())
                .contains(
                        "Why not:",
                        "- i2: no step of its own: the warning of 2025-01-15 was issued on or after this breach of"
                                + " 2025-01-12, and answers it (INT-2)",
                        "- i6: no ban: the window of the warning of 2024-01-15 ended on 2025-01-15, before this breach"
                                + " of 2025-01-20 (ESC-2, INT-1, INT-5)",
                        "- i4: no warning or ban yet: the admins have not been consulted on it (ESC-1, INT-12)",
                        "  rule: \"A breach the admins have not been consulted on takes no step of the ladder yet\"",
                        "- a1: not decided yet: it waits for the admin team to be heard (ESC-6)");
    }

    @Test
    void givenFormatJson_thenEachActionCarriesItsRuleClauseTextsAndMatchedFactsAndTheWhyNotsFollow()
            throws IOException {
        Run run = policy("explain", "--format", "json", CASE);

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("asOf").asText()).isEqualTo("2025-06-02");
        JsonNode ban = StreamSupport.stream(json.get("actions").spliterator(), false)
                .filter(action -> action.get("action").asText().equals("ban"))
                .findFirst()
                .orElseThrow();
        assertThat(ban.get("rule").asText()).isEqualTo("A consulted breach inside a warning's window brings a ban");
        assertThat(ban.get("clauseTexts").get("ESC-2").asText())
                .isEqualTo(Run.BUILT_IN.clauses().get("ESC-2"));
        assertThat(ban.get("matched").toString())
                .isEqualTo("[{\"type\":\"incident\",\"id\":\"i3\"},{\"type\":\"sanction\",\"id\":\"w1\"}]");
        assertThat(StreamSupport.stream(json.get("whyNot").spliterator(), false)
                        .filter(whyNot -> whyNot.get("about").asText().equals("a1")))
                .singleElement()
                .satisfies(whyNot -> {
                    assertThat(whyNot.get("because").asText())
                            .isEqualTo("not decided yet: it waits for the admin team to be heard");
                    assertThat(whyNot.get("clauses").toString()).isEqualTo("[\"ESC-6\"]");
                });
    }

    @Test
    void givenAFileThatDoesNotExist_thenNothingIsPrintedOnStdoutAndTheExitCodeIs2() {
        Run run = policy("explain", "no-such-case.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("policy: ");
    }

    @Test
    void givenAnUnknownFormat_thenTheExitCodeIs2() {
        Run run = policy("explain", "--format", "xml", CASE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }
}
