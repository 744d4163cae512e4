package org.conductpolicy.api.fact;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every type of fact, each with the record that carries it. This is the one place a type's case-file
 * name is said: it is the constant's name in kebab case ({@link WireName}), so {@code APPEAL_DECISION} is
 * written {@code appeal-decision}. Constants are in policy-core/docs/case-files.md's order of fact types. A record's fields
 * are its components; how a case file may leave out a true-or-false field is said on the component
 * ({@link Flag}).
 */
public enum FactType {
    PERSON(Person.class),
    PLATFORM(Platform.class),
    ROLE(Role.class),
    INCIDENT(Incident.class),
    SANCTION(Sanction.class),
    COMMUNICATION(Communication.class),
    /** A record kept by the Secretary, carried by {@link KeptRecord} (a Java record cannot be named Record). */
    RECORD(KeptRecord.class),
    APPEAL(Appeal.class),
    HEARING(Hearing.class),
    APPEAL_DECISION(AppealDecision.class),
    COMPLAINT(Complaint.class),
    COMPLAINT_DECISION(ComplaintDecision.class),
    NATIONAL_REFERRAL(NationalReferral.class),
    AGM(Agm.class),
    APPOINTMENT(Appointment.class),
    DEPARTURE(Departure.class),
    PASSWORD_CHANGE(PasswordChange.class),
    ACCESS(Access.class),
    CRISIS(Crisis.class),
    POST(Post.class),
    TRAINING(Training.class),
    ACTION_TAKEN(ActionTaken.class);

    private static final Map<Class<?>, FactType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(FactType::factClass, Function.identity()));

    private final Class<? extends Fact> factClass;

    FactType(Class<? extends Fact> factClass) {
        this.factClass = factClass;
    }

    /** The record that carries facts of this type. */
    public Class<? extends Fact> factClass() {
        return factClass;
    }

    /** The type as case files spell it, such as {@code appeal-decision}. */
    public String wireName() {
        return WireName.of(this);
    }

    /** The fields of this type as case files name them, in order: its record's components. */
    public List<RecordComponent> fields() {
        return List.of(factClass.getRecordComponents());
    }

    /** The type of a fact record. */
    static FactType of(Class<? extends Fact> factClass) {
        FactType type = BY_CLASS.get(factClass);
        if (type == null) {
            throw new IllegalStateException(factClass + " is not listed in FactType");
        }
        return type;
    }
}
