package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.ReviewProblem;

/**
 * A record that an action which no fact of its own shows done has been done, so that it is no longer
 * proposed: an {@code advise}, a {@code revoke-access}, an {@code inform-complainant} and the others for
 * which {@link ActionType#clearedByActionTaken()} holds. It names the action and the fields that identify
 * it, exactly the fields the action carries ({@link ActionType#fields()}), and clears that action and no
 * other ({@link #showsDone(Action)}).
 *
 * <p>An action that a fact of its own shows done (a {@code warn} by the {@code sanction} issued, a {@code
 * change-password} by a {@code password-change}, a {@code hear} by a {@code hearing}, ...) cannot be
 * recorded so: two facts could then say different things about it, and the record is refused as
 * ambiguous.
 *
 * @param action the action done
 * @param person the person it was about, for an action that names one
 * @param platform the platform it was about, for an action that names one
 * @param incident the incident it answered, for an action that names one
 * @param complaint the complaint it was about, for an action that names one
 * @param post the post it was about, for an action that names one
 * @param about for a {@code review}, the id of the sanction, appeal, complaint, communication or
 *     platform it was about
 * @param problem for a {@code review}, the problem it was about
 * @param on the day it was done
 */
public record ActionTaken(
        ActionType action,
        String person,
        String platform,
        String incident,
        String complaint,
        String post,
        String about,
        ReviewProblem problem,
        LocalDate on)
        implements Fact {

    /** The types of fact each identifying field may name; {@code problem} names none. */
    private static final Map<ActionField, List<FactType>> NAMED = Map.of(
            ActionField.PERSON, List.of(FactType.PERSON),
            ActionField.PLATFORM, List.of(FactType.PLATFORM),
            ActionField.INCIDENT, List.of(FactType.INCIDENT),
            ActionField.COMPLAINT, List.of(FactType.COMPLAINT),
            ActionField.POST, List.of(FactType.POST),
            ActionField.ABOUT,
                    List.of(
                            FactType.SANCTION,
                            FactType.APPEAL,
                            FactType.COMPLAINT,
                            FactType.COMMUNICATION,
                            FactType.PLATFORM));

    public ActionTaken {
        Required.field(action, FactType.ACTION_TAKEN, "action");
        Required.field(on, FactType.ACTION_TAKEN, "on");
        if (!action.clearedByActionTaken()) {
            throw InvalidFactException.of(
                    FactType.ACTION_TAKEN,
                    "action",
                    "is " + action.wireName() + ", which a fact of its own shows done, so an action-taken for it"
                            + " would be ambiguous; an action-taken records only: "
                            + Arrays.stream(ActionType.values())
                                    .filter(ActionType::clearedByActionTaken)
                                    .map(ActionType::wireName)
                                    .collect(Collectors.joining(", ")));
        }
        Map<ActionField, String> given = given(person, platform, incident, complaint, post, about, problem);
        for (Map.Entry<ActionField, String> field : given.entrySet()) {
            Required.optional(
                    field.getValue(), FactType.ACTION_TAKEN, field.getKey().wireName());
            if (field.getValue() != null && !action.fields().contains(field.getKey())) {
                throw InvalidFactException.of(
                        FactType.ACTION_TAKEN,
                        field.getKey().wireName(),
                        "is not a field of " + action.wireName() + ", which is identified by " + fieldNames(action));
            }
        }
        for (ActionField field : action.fields()) {
            if (given.get(field) == null) {
                throw InvalidFactException.of(
                        FactType.ACTION_TAKEN,
                        field.wireName(),
                        "is required: " + action.wireName() + " is identified by " + fieldNames(action));
            }
        }
    }

    /**
     * A record that {@code done}, an action of a decision, was done on {@code on}.
     *
     * @throws InvalidFactException when no action-taken can record an action of its type
     */
    public static ActionTaken of(Action done, LocalDate on) {
        Map<ActionField, String> ids = new EnumMap<>(ActionField.class);
        done.fields().forEach((field, value) -> ids.put(field, String.valueOf(value)));
        return of(done.type(), ids, on);
    }

    /**
     * A record that the action of type {@code action} identified by {@code fields} was done on {@code on}.
     *
     * @throws InvalidFactException when no action-taken can record an action of that type, or the fields
     *     are not those that identify it
     */
    public static ActionTaken of(ActionType action, Map<ActionField, String> fields, LocalDate on) {
        for (ActionField field : fields.keySet()) {
            // An action no action-taken records is refused as such by the constructor, whatever its fields.
            if (!NAMED.containsKey(field)
                    && field != ActionField.PROBLEM
                    && action != null
                    && action.clearedByActionTaken()) {
                throw InvalidFactException.of(
                        FactType.ACTION_TAKEN, field.wireName(), "is not a field an action-taken carries");
            }
        }
        return new ActionTaken(
                action,
                fields.get(ActionField.PERSON),
                fields.get(ActionField.PLATFORM),
                fields.get(ActionField.INCIDENT),
                fields.get(ActionField.COMPLAINT),
                fields.get(ActionField.POST),
                fields.get(ActionField.ABOUT),
                fields.containsKey(ActionField.PROBLEM)
                        ? WireName.parse(ReviewProblem.class, fields.get(ActionField.PROBLEM))
                                .orElseThrow(() -> InvalidFactException.of(
                                        FactType.ACTION_TAKEN,
                                        "problem",
                                        "is '" + fields.get(ActionField.PROBLEM) + "', not one of: "
                                                + WireName.allOf(ReviewProblem.class)))
                        : null,
                on);
    }

    /**
     * The fields given, by the action field each is, in {@link ActionField} order. Every action that an
     * action-taken may record is identified by ids among these. {@code review} is identified by its
     * {@code about} and {@code problem}: add them here, and as components, when it joins the set.
     */
    private static Map<ActionField, String> given(
            String person,
            String platform,
            String incident,
            String complaint,
            String post,
            String about,
            ReviewProblem problem) {
        Map<ActionField, String> given = new EnumMap<>(ActionField.class);
        given.put(ActionField.PERSON, person);
        given.put(ActionField.PLATFORM, platform);
        given.put(ActionField.INCIDENT, incident);
        given.put(ActionField.COMPLAINT, complaint);
        given.put(ActionField.POST, post);
        given.put(ActionField.ABOUT, about);
        // An action carries an enumerated value in its case-file spelling.
        given.put(ActionField.PROBLEM, problem == null ? null : WireName.of(problem));
        return given;
    }

    private static String fieldNames(ActionType action) {
        return action.fields().stream().map(ActionField::wireName).collect(Collectors.joining(" and "));
    }

    /** The fields that identify the action done, as the action carries them. */
    public Map<ActionField, Object> identifies() {
        Map<ActionField, Object> fields = new EnumMap<>(ActionField.class);
        given(person, platform, incident, complaint, post, about, problem).forEach((field, value) -> {
            if (value != null) {
                fields.put(field, value);
            }
        });
        return Collections.unmodifiableMap(fields);
    }

    /**
     * Whether this records {@code proposed} done: the same action, with every identifying field equal. An
     * action for another person, platform, incident, complaint or post is not shown done.
     */
    public boolean showsDone(Action proposed) {
        return proposed.type() == action && proposed.fields().equals(identifies());
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    /** Each identifying field names a fact of the case: a person, a platform, an incident, ... */
    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        identifies().forEach((field, id) -> {
            if (NAMED.containsKey(field)) {
                references.add(new Reference(field.wireName(), NAMED.get(field), (String) id));
            }
        });
        return references;
    }
}
