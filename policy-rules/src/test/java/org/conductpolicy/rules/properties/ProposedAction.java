package org.conductpolicy.rules.properties;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;

/**
 * An action reduced to what the ladder decides: its type and its fields, without the clauses, the
 * reason and the rule's name, so that the rules and the reference model can be compared.
 */
record ProposedAction(ActionType type, Map<ActionField, Object> fields) implements Comparable<ProposedAction> {
    private static final Comparator<ProposedAction> ORDER =
            Comparator.comparing(ProposedAction::type).thenComparing(ProposedAction::toString);

    ProposedAction {
        fields = Map.copyOf(fields);
    }

    static ProposedAction of(Action action) {
        return new ProposedAction(action.type(), action.fields());
    }

    /** The id of the incident the action is about, or {@code null}. */
    String incident() {
        return (String) fields.get(ActionField.INCIDENT);
    }

    /** The id of the person the action is about, or {@code null}. */
    String person() {
        return (String) fields.get(ActionField.PERSON);
    }

    @Override
    public int compareTo(ProposedAction other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return type.wireName()
                + new EnumMap<>(fields)
                        .entrySet().stream()
                                .map(field -> field.getKey().wireName() + ": " + field.getValue())
                                .collect(Collectors.joining(", ", " {", "}"));
    }
}
