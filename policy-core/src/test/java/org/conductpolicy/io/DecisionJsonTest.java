package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.junit.jupiter.api.Test;

/** A decision is written as policy-core/docs/case-files.md shows it, field by field in a fixed order. */
class DecisionJsonTest {
    private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);

    @Test
    void givenABan_thenItsFieldsComeInActionFieldOrderThenDueClausesAndBecause() {
        Action ban = new Action(
                ActionType.BAN,
                Map.of(
                        ActionField.WINDOW_ENDS,
                        LocalDate.of(2026, 7, 2),
                        ActionField.DAYS,
                        30,
                        ActionField.PERSON,
                        "alex",
                        ActionField.UNTIL,
                        LocalDate.of(2025, 7, 2),
                        ActionField.INCIDENT,
                        "i2",
                        ActionField.PLATFORM,
                        "clp-page"),
                JUNE_2,
                List.of("INT-2", "ESC-2", "INT-1"),
                "second breach on 2025-06-01, \"quoted\"",
                "rule");

        assertThat(DecisionJson.of(new Decision(JUNE_2, List.of(ban)))).isEqualTo("""
                        {
                          "asOf": "2025-06-02",
                          "actions": [
                            {"action": "ban", "person": "alex", "platform": "clp-page", "incident": "i2", "days": 30, \
                        "until": "2025-07-02", "windowEnds": "2026-07-02", "due": "2025-06-02", \
                        "clauses": ["ESC-2", "INT-1", "INT-2"], "because": "second breach on 2025-06-01, \\"quoted\\""}
                          ]
                        }
                        """);
    }

    @Test
    void givenAnActionAboutAComplaint_thenItIsMarkedConfidentialAfterDue() {
        Action mediate = new Action(
                ActionType.MEDIATE, Map.of(ActionField.COMPLAINT, "k1"), JUNE_2, List.of("CMP-3"), "why", "rule");

        assertThat(DecisionJson.of(mediate))
                .isEqualTo("{\"action\": \"mediate\", \"complaint\": \"k1\", \"due\": \"2025-06-02\","
                        + " \"confidential\": true, \"clauses\": [\"CMP-3\"], \"because\": \"why\"}");
    }

    @Test
    void givenNoActions_thenTheListIsEmpty() {
        assertThat(DecisionJson.of(new Decision(JUNE_2, List.of())))
                .isEqualTo("{\n  \"asOf\": \"2025-06-02\",\n  \"actions\": []\n}\n");
    }

    @Test
    void givenADecisionAnEngineMade_thenItsRulesVersionFollowsAsOf() {
        assertThat(DecisionJson.of(new Decision(JUNE_2, List.of(), "sha256:00ff")))
                .isEqualTo(
                        "{\n  \"asOf\": \"2025-06-02\",\n  \"rulesVersion\": \"sha256:00ff\",\n  \"actions\": []\n}\n");
    }
}
