package org.conductpolicy.io;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;

/**
 * One entry of a case file's {@code expect} or {@code expectNot}: a description of an action by some of
 * its fields. It matches an action when every field it gives equals the action's, and its clauses are a
 * subset of the action's (policy-core/docs/case-files.md). A field it does not give ({@code null}) matches anything.
 *
 * @param action the type of action, or {@code null} for any type
 * @param fields the action fields it gives, each of {@link ActionField#valueType()}; an enumerated one
 *     spelled as a constant of the enum its action's field takes ({@link ActionType#vocabulary})
 * @param due the day the action must be due, or {@code null}
 * @param confidential whether the action must be confidential (about a complaint), or {@code null}
 * @param clauses clause ids the action must cite, among others; empty for no condition
 * @param because the exact sentence the action must give, or {@code null}
 */
public record Expectation(
        ActionType action,
        Map<ActionField, Object> fields,
        LocalDate due,
        Boolean confidential,
        List<String> clauses,
        String because) {

    public Expectation {
        EnumMap<ActionField, Object> copy = new EnumMap<>(ActionField.class);
        fields.forEach((field, value) -> {
            Objects.requireNonNull(value, field.wireName());
            if (!field.valueType().isInstance(value)) {
                throw new IllegalArgumentException(
                        field.wireName() + " must be a " + field.valueType().getSimpleName());
            }
            if (action != null && !action.fields().contains(field)) {
                throw new IllegalArgumentException(
                        action.wireName() + " does not carry the field '" + field.wireName() + "'");
            }
            ExpectationShape.allowedValues(action, field)
                    .filter(allowed -> !allowed.contains(value))
                    .ifPresent(allowed -> {
                        throw new IllegalArgumentException(
                                field.wireName() + " is '" + org.conductpolicy.api.SafeText.of(String.valueOf(value))
                                        + "', not one of: " + String.join(", ", allowed));
                    });
            copy.put(field, value);
        });
        fields = Collections.unmodifiableMap(copy);
        clauses = List.copyOf(clauses);
    }

    /** An expectation of an action of {@code type} with the given fields, and nothing else. */
    public static Expectation of(ActionType type, Map<ActionField, Object> fields) {
        return new Expectation(type, fields, null, null, List.of(), null);
    }

    /** Whether {@code candidate} is an action this expectation describes. */
    public boolean matches(Action candidate) {
        return (action == null || action == candidate.type())
                && fields.entrySet().stream()
                        .allMatch(field ->
                                field.getValue().equals(candidate.fields().get(field.getKey())))
                && (due == null || due.equals(candidate.due()))
                && (confidential == null || confidential == candidate.confidential())
                && candidate.clauses().containsAll(clauses)
                && (because == null || because.equals(candidate.because()));
    }

    /** The expectation as a case file writes it, such as {@code {action: ban, person: alex, days: 30}}. */
    @Override
    public String toString() {
        return YamlText.flowMap(ExpectationShape.valuesOf(this));
    }
}
