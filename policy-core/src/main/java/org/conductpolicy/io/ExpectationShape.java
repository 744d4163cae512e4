package org.conductpolicy.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.fact.WireName;

/**
 * The fields of an expectation in a case file, in the order decisions list them: {@code action}, the
 * action's own fields, {@code due}, {@code confidential}, {@code clauses}, {@code because}.
 */
final class ExpectationShape {
    static final String ACTION = "action";
    static final String DUE = "due";
    static final String CONFIDENTIAL = "confidential";
    static final String CLAUSES = "clauses";
    static final String BECAUSE = "because";

    /** Every field an expectation may give, in order. */
    static final List<String> FIELDS = fields();

    private ExpectationShape() {}

    private static List<String> fields() {
        List<String> fields = new ArrayList<>();
        fields.add(ACTION);
        for (ActionField field : ActionField.values()) {
            fields.add(field.wireName());
        }
        fields.addAll(List.of(DUE, CONFIDENTIAL, CLAUSES, BECAUSE));
        return Collections.unmodifiableList(fields);
    }

    /** The fields an expectation of {@code type} may give, in order; all of them when it names no type. */
    static List<String> fieldsFor(ActionType type) {
        if (type == null) {
            return FIELDS;
        }
        return FIELDS.stream()
                .filter(field -> actionField(field) == null || type.fields().contains(actionField(field)))
                .toList();
    }

    /** The action field spelt {@code name}, or {@code null} when it names none. */
    static ActionField actionField(String name) {
        for (ActionField field : ActionField.values()) {
            if (field.wireName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /**
     * The spellings {@code field} may take in an expectation of an action of {@code type} (of any type,
     * when {@code type} is {@code null}), from the enum each type's field takes
     * ({@link ActionType#vocabulary}); empty when the field is not enumerated, such as an id.
     */
    static Optional<Set<String>> allowedValues(ActionType type, ActionField field) {
        Set<String> values = new LinkedHashSet<>();
        for (ActionType action : ActionType.values()) {
            if (type == null || type == action) {
                action.vocabulary(field).ifPresent(vocabulary -> {
                    for (Enum<?> constant : vocabulary.getEnumConstants()) {
                        values.add(WireName.of(constant));
                    }
                });
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableSet(values));
    }

    /** The fields the expectation gives, in order, as a case file writes them. */
    static Map<String, Object> valuesOf(Expectation expectation) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (expectation.action() != null) {
            values.put(ACTION, expectation.action().wireName());
        }
        expectation.fields().forEach((field, value) -> values.put(field.wireName(), value));
        if (expectation.due() != null) {
            values.put(DUE, expectation.due());
        }
        if (expectation.confidential() != null) {
            values.put(CONFIDENTIAL, expectation.confidential());
        }
        if (!expectation.clauses().isEmpty()) {
            values.put(CLAUSES, expectation.clauses());
        }
        if (expectation.because() != null) {
            values.put(BECAUSE, expectation.because());
        }
        return values;
    }
}
