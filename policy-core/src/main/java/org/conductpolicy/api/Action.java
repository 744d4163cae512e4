package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conductpolicy.api.fact.WireName;

/**
 * One thing the policy says should happen next, with the clauses that require it and a sentence
 * saying why. Actions are immutable and order themselves as policy-core/docs/case-files.md lists them: by {@code due},
 * then by type, then by their fields.
 *
 * <p>Two actions are equal when they say the same: the same type, fields, due day, clauses and reason,
 * whichever rule proposed them. {@link #rule()} names the proposing rule for tracing only, so that two
 * rule sets that decide the same make equal decisions.
 *
 * @param type what should happen
 * @param fields the action's other fields: every one its type has (see {@link ActionType#fields()}), but
 *     only one of an either-or pair ({@link ActionType#oneOf()}); an enumerated value is held in its
 *     case-file spelling, one of its {@link ActionType#vocabulary} enum's
 * @param due the day by which it should be done
 * @param clauses the ids of the clauses it enforces, at least one, in clause order
 * @param because one sentence, with the dates that decided it
 * @param rule the name of the rule that proposed it; not part of equality
 */
public record Action(
        ActionType type,
        Map<ActionField, Object> fields,
        LocalDate due,
        List<String> clauses,
        String because,
        String rule)
        implements Comparable<Action> {

    private static final Comparator<Action> ORDER = Comparator.comparing(Action::due)
            .thenComparing(action -> action.type().wireName())
            .thenComparing(action -> new FieldKey(action.fields()))
            .thenComparing(Action::because);

    public Action {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(rule, "rule");
        EnumMap<ActionField, Object> copy = new EnumMap<>(ActionField.class);
        fields.forEach((field, value) -> {
            if (!type.fields().contains(field)) {
                throw new IllegalArgumentException(
                        type.wireName() + " does not carry the field '" + field.wireName() + "'");
            }
            copy.put(field, checked(type, field, value));
        });
        for (ActionField required : type.fields()) {
            if (!copy.containsKey(required) && !type.oneOf().contains(required)) {
                throw new IllegalArgumentException(type.wireName() + " needs the field '" + required.wireName() + "'");
            }
        }
        if (!type.oneOf().isEmpty()
                && type.oneOf().stream().filter(copy::containsKey).count() != 1) {
            throw new IllegalArgumentException(type.wireName() + " needs exactly one of the fields "
                    + type.oneOf().stream().map(ActionField::wireName).toList());
        }
        fields = Collections.unmodifiableMap(copy);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException(type.wireName() + " must cite at least one clause");
        }
        clauses = clauses.stream().distinct().sorted(ClauseIds.ORDER).toList();
    }

    /**
     * The value as the action holds it: of the field's {@link ActionField#valueType()}, and for a field
     * with a vocabulary ({@link ActionType#vocabulary}) the spelling of one of its constants, given as the
     * constant or as its spelling. A value of another enum, or a spelling outside the vocabulary, is refused.
     */
    private static Object checked(ActionType type, ActionField field, Object value) {
        Optional<Class<? extends Enum<?>>> vocabulary = type.vocabulary(field);
        if (vocabulary.isPresent()) {
            Class<? extends Enum<?>> values = vocabulary.get();
            if (values.isInstance(value)) {
                return WireName.of((Enum<?>) value);
            }
            if (value instanceof String text
                    && Arrays.stream(values.getEnumConstants())
                            .anyMatch(constant -> WireName.of(constant).equals(text))) {
                return text;
            }
            throw new IllegalArgumentException(
                    spelled(type, field) + " must be one of " + WireName.allOf(values) + ", not '" + value + "'");
        }
        if (!field.valueType().isInstance(value)) {
            throw new IllegalArgumentException(
                    spelled(type, field) + " must be a " + field.valueType().getSimpleName());
        }
        return value;
    }

    /** How a message names a field of an action type, such as {@code ban.until}; spelled only for a refusal. */
    private static String spelled(ActionType type, ActionField field) {
        return type.wireName() + "." + field.wireName();
    }

    /** The value of a text field (an id or an enumerated value), if the action carries it. */
    public Optional<String> text(ActionField field) {
        return Optional.ofNullable(fields.get(field))
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }

    /** The value of a day field ({@code until}, {@code windowEnds}), if the action carries it. */
    public Optional<LocalDate> date(ActionField field) {
        return Optional.ofNullable(fields.get(field))
                .filter(LocalDate.class::isInstance)
                .map(LocalDate.class::cast);
    }

    /**
     * Whether the action is about a complaint, whose communications are all confidential (CMP-5): it names
     * a complaint, or it cites CMP-5, as a {@code review} whose {@code about} is a complaint does.
     */
    public boolean confidential() {
        return fields.containsKey(ActionField.COMPLAINT) || clauses.contains(CONFIDENTIALITY);
    }

    /** The clause that makes every communication about a complaint confidential. */
    private static final String CONFIDENTIALITY = "CMP-5";

    @Override
    public int compareTo(Action other) {
        return ORDER.compare(this, other);
    }

    /** Whether {@code other} says the same: everything but the name of the proposing rule is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Action that
                && type == that.type
                && fields.equals(that.fields)
                && due.equals(that.due)
                && clauses.equals(that.clauses)
                && because.equals(that.because);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, fields, due, clauses, because);
    }

    /**
     * The action as an officer reads it in a message (a broken invariant, a failed assertion): its name
     * and fields as a case file spells them, the day it is due, the clauses it cites and its reason, as in
     * {@code review {about: s1, problem: ban-length} due 2020-03-02 (ESC-2, INT-15): the ban of ...}.
     * Not the rule's name, which equality ignores too.
     */
    @Override
    public String toString() {
        return type.wireName()
                + fields.entrySet().stream()
                        .map(field -> field.getKey().wireName() + ": " + field.getValue())
                        .collect(Collectors.joining(", ", " {", "}"))
                + " due " + due + " (" + String.join(", ", clauses) + "): " + because;
    }

    /** Compares two actions' fields in {@link ActionField} order; an absent field sorts first. */
    private record FieldKey(Map<ActionField, Object> fields) implements Comparable<FieldKey> {
        private static final ActionField[] FIELDS = ActionField.values();

        @SuppressWarnings("rawtypes")
        private static final Comparator<Comparable> VALUE_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compareTo(FieldKey other) {
            for (ActionField field : FIELDS) {
                Comparable mine = (Comparable) fields.get(field);
                Comparable theirs = (Comparable) other.fields.get(field);
                int order = VALUE_ORDER.compare(mine, theirs);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }
    }
}
