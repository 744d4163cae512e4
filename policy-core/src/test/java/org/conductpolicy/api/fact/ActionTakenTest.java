package org.conductpolicy.api.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.InvalidFactException;
import org.junit.jupiter.api.Test;

/** An action-taken records exactly one action done, of an action no fact of its own shows done. */
class ActionTakenTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static Action proposed(ActionType type, Map<ActionField, Object> fields) {
        return new Action(type, fields, DAY, List.of("SEC-6"), "because", "a rule");
    }

    @Test
    void theActionsAnActionTakenMayRecordAreThoseNoFactOfTheirOwnShowsDone() {
        assertThat(List.of(ActionType.values()).stream().filter(ActionType::clearedByActionTaken))
                .containsExactly(
                        ActionType.ADVISE,
                        ActionType.MEDIATE,
                        ActionType.CONSIDER_SAFEGUARDING,
                        ActionType.INFORM_COMPLAINANT,
                        ActionType.REVOKE_ACCESS,
                        ActionType.REFER_FOR_DISCIPLINE,
                        ActionType.POST_FROM_PAGE,
                        ActionType.REVIEW);
    }

    @Test
    void givenTheActionOfADecision_thenTheRecordOfItShowsThatActionDoneAndNoOther() {
        Action revoke =
                proposed(ActionType.REVOKE_ACCESS, Map.of(ActionField.PERSON, "m1", ActionField.PLATFORM, "pg"));

        ActionTaken taken = ActionTaken.of(revoke, DAY);

        assertThat(taken)
                .isEqualTo(new ActionTaken(ActionType.REVOKE_ACCESS, "m1", "pg", null, null, null, null, null, DAY));
        assertThat(taken.showsDone(revoke)).isTrue();
        assertThat(taken.showsDone(proposed(
                        ActionType.REVOKE_ACCESS, Map.of(ActionField.PERSON, "m2", ActionField.PLATFORM, "pg"))))
                .isFalse();
        assertThat(taken.showsDone(proposed(
                        ActionType.REVOKE_ACCESS, Map.of(ActionField.PERSON, "m1", ActionField.PLATFORM, "other"))))
                .isFalse();
        assertThat(taken.showsDone(proposed(
                        ActionType.REFER_FOR_DISCIPLINE, Map.of(ActionField.PERSON, "m1", ActionField.PLATFORM, "pg"))))
                .isFalse();
    }

    @Test
    void givenAnActionThatAFactOfItsOwnShowsDone_thenTheRecordIsRefusedAsAmbiguousNamingTheField() {
        InvalidFactException refused = catchThrowableOfType(
                InvalidFactException.class,
                () -> ActionTaken.of(ActionType.CHANGE_PASSWORD, Map.of(ActionField.PLATFORM, "pg"), DAY));

        assertThat(refused.factType()).isEqualTo("action-taken");
        assertThat(refused.field()).isEqualTo("action");
        assertThat(refused.getMessage())
                .isEqualTo("action-taken: field 'action' is change-password, which a fact of its own shows done, so"
                        + " an action-taken for it would be ambiguous; an action-taken records only: advise, mediate,"
                        + " consider-safeguarding, inform-complainant, revoke-access, refer-for-discipline,"
                        + " post-from-page, review");
    }

    @Test
    void givenAWarningOfADecision_thenRecordingItDoneIsRefusedAsAmbiguousNotForItsFields() {
        Action warn = new Action(
                ActionType.WARN,
                Map.of(
                        ActionField.PERSON, "m1",
                        ActionField.PLATFORM, "pg",
                        ActionField.INCIDENT, "i1",
                        ActionField.WINDOW_ENDS, DAY.plusYears(1)),
                DAY,
                List.of("ESC-1"),
                "because",
                "a rule");

        InvalidFactException refused =
                catchThrowableOfType(InvalidFactException.class, () -> ActionTaken.of(warn, DAY));

        assertThat(refused.field()).isEqualTo("action");
        assertThat(refused.problem()).startsWith("is warn, which a fact of its own shows done");
    }

    @Test
    void givenAFieldTheActionDoesNotCarry_thenTheRecordIsRefusedNamingTheField() {
        InvalidFactException refused = catchThrowableOfType(
                InvalidFactException.class,
                () -> new ActionTaken(ActionType.INFORM_COMPLAINANT, "m1", null, null, "c1", null, null, null, DAY));

        assertThat(refused.field()).isEqualTo("person");
        assertThat(refused.problem())
                .isEqualTo("is not a field of inform-complainant, which is identified by complaint");
    }

    @Test
    void givenAnIdentifyingFieldLeftOut_thenTheRecordIsRefusedNamingTheField() {
        InvalidFactException refused = catchThrowableOfType(
                InvalidFactException.class,
                () -> new ActionTaken(ActionType.REFER_FOR_DISCIPLINE, "m1", null, null, null, null, null, null, DAY));

        assertThat(refused.field()).isEqualTo("platform");
        assertThat(refused.problem())
                .isEqualTo("is required: refer-for-discipline is identified by person and platform");
    }

    @Test
    void givenAFieldNoActionTakenCarries_thenTheRecordIsRefusedNamingTheField() {
        InvalidFactException refused = catchThrowableOfType(
                InvalidFactException.class,
                () -> ActionTaken.of(ActionType.ADVISE, Map.of(ActionField.DAYS, "30"), DAY));

        assertThat(refused.field()).isEqualTo("days");
    }

    @Test
    void eachIdentifyingFieldIsAReferenceToAFactOfTheCase() {
        assertThat(new ActionTaken(ActionType.ADVISE, "m1", null, "i1", null, null, null, null, DAY).references())
                .containsExactly(
                        new Reference("person", FactType.PERSON, "m1"),
                        new Reference("incident", FactType.INCIDENT, "i1"));
    }
}
