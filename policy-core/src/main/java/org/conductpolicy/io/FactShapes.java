package org.conductpolicy.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.Crisis;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.KeptRecord;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.Sanction;

/**
 * The shape of each fact type in a case file. A fact's fields are its record's components, named and
 * ordered as policy-core/docs/case-files.md's table of facts; this class adds only what a record cannot: the case-file
 * name of each type, and the default of each true-or-false field that may be left out.
 */
final class FactShapes {
    private static final Map<String, Class<? extends Fact>> BY_TYPE = byType();

    /** Flags that default to true when left out; every other optional flag defaults to false. */
    private static final Set<String> TRUE_BY_DEFAULT = Set.of("appeal-decision.accepted");

    /** Flags a case file must give, as policy-core/docs/case-files.md's table marks them. */
    private static final Set<String> REQUIRED_FLAGS = Set.of("complaint-decision.resolved", "post.speaksForClp");

    private FactShapes() {}

    private static Map<String, Class<? extends Fact>> byType() {
        Map<String, Class<? extends Fact>> types = new LinkedHashMap<>();
        types.put("person", Person.class);
        types.put("platform", Platform.class);
        types.put("role", Role.class);
        types.put("incident", Incident.class);
        types.put("sanction", Sanction.class);
        types.put("communication", Communication.class);
        types.put("record", KeptRecord.class);
        types.put("appeal", Appeal.class);
        types.put("hearing", Hearing.class);
        types.put("appeal-decision", AppealDecision.class);
        types.put("complaint", Complaint.class);
        types.put("complaint-decision", ComplaintDecision.class);
        types.put("national-referral", NationalReferral.class);
        types.put("agm", Agm.class);
        types.put("appointment", Appointment.class);
        types.put("departure", Departure.class);
        types.put("password-change", PasswordChange.class);
        types.put("access", Access.class);
        types.put("crisis", Crisis.class);
        types.put("post", Post.class);
        return Collections.unmodifiableMap(types);
    }

    /** Every fact type a case file may name, in policy-core/docs/case-files.md's order. */
    static Set<String> types() {
        return BY_TYPE.keySet();
    }

    static Optional<Class<? extends Fact>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The fields of a fact type, in order: its record's components. */
    static List<RecordComponent> fieldsOf(Class<? extends Fact> type) {
        return List.of(type.getRecordComponents());
    }

    /** The value a flag takes when a case file leaves it out. */
    static boolean defaultFlag(String type, String field) {
        return TRUE_BY_DEFAULT.contains(type + "." + field);
    }

    /** Whether a case file must give this flag. */
    static boolean flagRequired(String type, String field) {
        return REQUIRED_FLAGS.contains(type + "." + field);
    }

    /**
     * Makes the fact from its field values, in {@link #fieldsOf} order, through the record's own
     * constructor, so that it checks its fields exactly as it does for a host.
     *
     * @throws InvalidFactException as the constructor throws it
     */
    static Fact build(Class<? extends Fact> type, Object[] values) {
        try {
            Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<? extends Fact> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(values);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), unexpected);
        }
    }

    /**
     * A fact's fields as a case file writes them, {@code type} first: fields left empty and flags at
     * their default are left out.
     */
    static Map<String, Object> valuesOf(Fact fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", fact.type());
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            Object value = valueOf(fact, component);
            String field = component.getName();
            boolean omitted = value == null
                    || (value instanceof Boolean flag
                            && !flagRequired(fact.type(), field)
                            && flag == defaultFlag(fact.type(), field));
            if (!omitted) {
                values.put(field, value);
            }
        }
        return values;
    }

    private static Object valueOf(Fact fact, RecordComponent component) {
        try {
            return component.getAccessor().invoke(fact);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException("cannot read " + fact.type() + "." + component.getName(), unexpected);
        }
    }
}
