package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.AppealRecipient;
import org.conductpolicy.api.fact.WireName;
import org.junit.jupiter.api.Test;

/** An expectation matches an action when every field it gives is equal and its clauses are a subset. */
class ExpectationTest {
    private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);
    private static final Action BAN = new Action(
            ActionType.BAN,
            Map.of(
                    ActionField.PERSON,
                    "alex",
                    ActionField.PLATFORM,
                    "clp-page",
                    ActionField.INCIDENT,
                    "i2",
                    ActionField.DAYS,
                    30,
                    ActionField.UNTIL,
                    LocalDate.of(2025, 7, 2),
                    ActionField.WINDOW_ENDS,
                    LocalDate.of(2026, 7, 2)),
            JUNE_2,
            List.of("ESC-2", "INT-1"),
            "a second breach",
            "rule");
    private static final Action MEDIATE = new Action(
            ActionType.MEDIATE, Map.of(ActionField.COMPLAINT, "k1"), JUNE_2, List.of("CMP-3"), "why", "rule");

    @Test
    void givenAValueOutsideTheVocabularyOfItsActionsField_thenTheExpectationIsRefused() {
        assertThatThrownBy(() -> Expectation.of(ActionType.ROUTE_APPEAL, Map.of(ActionField.TO, "national-complaints")))
                .hasMessage("to is 'national-complaints', not one of: " + WireName.allOf(AppealRecipient.class));
        assertThat(Expectation.of(ActionType.ROUTE_COMPLAINT, Map.of(ActionField.TO, "national-complaints"))
                        .fields())
                .containsEntry(ActionField.TO, "national-complaints");
    }

    @Test
    void givenSomeOfTheActionsFields_thenItMatches() {
        assertThat(Expectation.of(ActionType.BAN, Map.of(ActionField.PERSON, "alex", ActionField.DAYS, 30))
                        .matches(BAN))
                .isTrue();
    }

    @Test
    void givenOneFieldThatDiffers_thenItDoesNotMatch() {
        assertThat(Expectation.of(ActionType.BAN, Map.of(ActionField.DAYS, 31)).matches(BAN))
                .isFalse();
        assertThat(Expectation.of(ActionType.WARN, Map.of()).matches(BAN)).isFalse();
    }

    @Test
    void givenNoActionType_thenAnyTypeWithTheFieldsMatches() {
        assertThat(Expectation.of(null, Map.of(ActionField.PERSON, "alex")).matches(BAN))
                .isTrue();
        assertThat(Expectation.of(null, Map.of()).matches(MEDIATE)).isTrue();
    }

    @Test
    void givenClauses_thenTheyMatchWhenASubsetOfTheActions() {
        assertThat(new Expectation(ActionType.BAN, Map.of(), null, null, List.of("ESC-2"), null).matches(BAN))
                .isTrue();
        assertThat(new Expectation(ActionType.BAN, Map.of(), null, null, List.of("ESC-2", "ESC-3"), null).matches(BAN))
                .isFalse();
    }

    @Test
    void givenDueConfidentialAndBecause_thenEachMustBeEqual() {
        assertThat(new Expectation(null, Map.of(), JUNE_2, true, List.of(), "why").matches(MEDIATE))
                .isTrue();
        assertThat(new Expectation(null, Map.of(), JUNE_2.plusDays(1), null, List.of(), null).matches(MEDIATE))
                .isFalse();
        assertThat(new Expectation(null, Map.of(), null, true, List.of(), null).matches(BAN))
                .isFalse();
        assertThat(new Expectation(null, Map.of(), null, null, List.of(), "other").matches(MEDIATE))
                .isFalse();
    }

    @Test
    void givenAFieldTheActionTypeDoesNotCarry_thenTheExpectationCannotBeMade() {
        assertThatThrownBy(() -> Expectation.of(ActionType.WARN, Map.of(ActionField.DAYS, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warn does not carry the field 'days'");
    }
}
