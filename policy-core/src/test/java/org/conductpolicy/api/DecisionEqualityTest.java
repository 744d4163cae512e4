package org.conductpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decisions compare by what they say should happen, not by which rule said it. */
class DecisionEqualityTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static Action advice(String because, String rule) {
        return new Action(
                ActionType.ADVISE,
                Map.of(ActionField.PERSON, "alex", ActionField.INCIDENT, "i1"),
                DAY,
                List.of("CoC-7"),
                because,
                rule);
    }

    @Test
    void two_actions_that_differ_only_by_the_rule_that_proposed_them_are_equal_and_hash_alike() {
        Action one = advice("trolling", "Trolling brings advice");
        Action other = advice("trolling", "Advice for trolling");

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.compareTo(other)).isZero();
        assertThat(other.rule()).isEqualTo("Advice for trolling");
    }

    @Test
    void decisions_whose_actions_differ_only_by_their_proposing_rules_are_equal() {
        Decision one = new Decision(DAY, List.of(advice("trolling", "rule one")));
        Decision other = new Decision(DAY, List.of(advice("trolling", "rule two")));

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }

    @Test
    void actions_that_give_another_reason_are_not_equal() {
        assertThat(advice("trolling", "rule")).isNotEqualTo(advice("another reason", "rule"));
    }
}
