package org.conductpolicy.api;

import static org.conductpolicy.api.ActionField.ABOUT;
import static org.conductpolicy.api.ActionField.APPEAL;
import static org.conductpolicy.api.ActionField.BY;
import static org.conductpolicy.api.ActionField.COMMUNICATION;
import static org.conductpolicy.api.ActionField.COMPLAINT;
import static org.conductpolicy.api.ActionField.CRISIS;
import static org.conductpolicy.api.ActionField.DAYS;
import static org.conductpolicy.api.ActionField.INCIDENT;
import static org.conductpolicy.api.ActionField.PERSON;
import static org.conductpolicy.api.ActionField.PLATFORM;
import static org.conductpolicy.api.ActionField.POST;
import static org.conductpolicy.api.ActionField.PROBLEM;
import static org.conductpolicy.api.ActionField.REASON;
import static org.conductpolicy.api.ActionField.RECORD;
import static org.conductpolicy.api.ActionField.ROLE;
import static org.conductpolicy.api.ActionField.SANCTION;
import static org.conductpolicy.api.ActionField.SIDE;
import static org.conductpolicy.api.ActionField.TO;
import static org.conductpolicy.api.ActionField.UNTIL;
import static org.conductpolicy.api.ActionField.WINDOW_ENDS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Side;

/**
 * What the engine can propose, with the fields each kind of action carries (policy-core/docs/case-files.md's table of
 * actions). Where the table says "appeal or complaint", an action carries one of the two. A field with
 * a fixed set of values takes the constants of one enum ({@link #vocabulary(ActionField)}), written in
 * their {@link org.conductpolicy.api.fact.WireName} spelling.
 */
public enum ActionType {
    NO_BREACH(INCIDENT),
    ADVISE(PERSON, INCIDENT),
    CONSULT_ADMINS(PERSON, INCIDENT),
    WARN(PERSON, PLATFORM, INCIDENT, WINDOW_ENDS),
    BAN(PERSON, PLATFORM, INCIDENT, DAYS, UNTIL, WINDOW_ENDS),
    BAN_FOR_LIFE(PERSON, PLATFORM, INCIDENT),
    SIGN_OFF(COMMUNICATION),
    LOG_COMMUNICATION(COMMUNICATION),
    DELETE_RECORD(RECORD),
    ROUTE_APPEAL(APPEAL, takes(TO, AppealRecipient.class)),
    HEAR(APPEAL, COMPLAINT, takes(SIDE, Side.class)),
    DECIDE_APPEAL(APPEAL, takes(BY, DecidingBody.class)),
    REFER_TO_NATIONAL(APPEAL, COMPLAINT),
    ROUTE_COMPLAINT(COMPLAINT, takes(TO, ComplaintRecipient.class)),
    MEDIATE(COMPLAINT),
    CONSIDER_SAFEGUARDING(COMPLAINT),
    INFORM_COMPLAINANT(COMPLAINT),
    CHANGE_PASSWORD(PLATFORM, takes(REASON, PasswordReason.class)),
    REVOKE_ACCESS(PERSON, PLATFORM),
    REFER_FOR_DISCIPLINE(PERSON, PLATFORM),
    APPOINT_ADMIN(PLATFORM, takes(ROLE, RoleName.class)),
    TRANSFER_OWNERSHIP(PLATFORM),
    TAKE_DOWN(PLATFORM),
    REPORT_CRISIS(CRISIS, takes(TO, CrisisRecipient.class)),
    POST_FROM_PAGE(POST),
    TRAIN(PERSON),
    DELETE_REGISTER_ENTRY(SANCTION),
    REVIEW(ABOUT, takes(PROBLEM, ReviewProblem.class));

    /**
     * The actions no fact of their own shows done, so that an {@link
     * org.conductpolicy.api.fact.ActionTaken action-taken} records them done (policy-core/docs/case-files.md).
     * Naming an action here is all it takes for an action-taken to clear it.
     */
    private static final Set<ActionType> CLEARED_BY_ACTION_TAKEN = Collections.unmodifiableSet(EnumSet.of(
            ADVISE,
            MEDIATE,
            CONSIDER_SAFEGUARDING,
            INFORM_COMPLAINANT,
            REVOKE_ACCESS,
            REFER_FOR_DISCIPLINE,
            POST_FROM_PAGE,
            REVIEW));

    private static final Set<ActionField> MATTERS =
            Collections.unmodifiableSet(EnumSet.of(ActionField.APPEAL, ActionField.COMPLAINT));

    private final Set<ActionField> fields;
    private final Enumerated enumerated;

    ActionType(ActionField first, ActionField... rest) {
        this.fields = Collections.unmodifiableSet(EnumSet.of(first, rest));
        this.enumerated = null;
    }

    ActionType(ActionField first, Enumerated enumerated) {
        this.fields = Collections.unmodifiableSet(EnumSet.of(first, enumerated.field()));
        this.enumerated = enumerated;
    }

    ActionType(ActionField first, ActionField second, Enumerated enumerated) {
        this.fields = Collections.unmodifiableSet(EnumSet.of(first, second, enumerated.field()));
        this.enumerated = enumerated;
    }

    /** A field of the row that takes the constants of {@code values}. */
    private static Enumerated takes(ActionField field, Class<? extends Enum<?>> values) {
        return new Enumerated(field, values);
    }

    private record Enumerated(ActionField field, Class<? extends Enum<?>> values) {}

    /** The fields an action of this type may carry, in the order decisions list them. */
    public Set<ActionField> fields() {
        return fields;
    }

    /**
     * The fields of which an action of this type carries exactly one, where policy-core/docs/case-files.md says "appeal or
     * complaint"; empty for most types. Every other field of the type is required.
     */
    public Set<ActionField> oneOf() {
        return fields.containsAll(MATTERS) ? MATTERS : Set.of();
    }

    /**
     * The enum whose constants {@code field} takes in an action of this type, such as
     * {@link ComplaintRecipient} for a {@code route-complaint}'s {@code to}; empty for a field that is
     * an id, a number or a day, or that the type does not carry.
     */
    public Optional<Class<? extends Enum<?>>> vocabulary(ActionField field) {
        return enumerated != null && enumerated.field() == field ? Optional.of(enumerated.values()) : Optional.empty();
    }

    /**
     * Whether an {@link org.conductpolicy.api.fact.ActionTaken action-taken} fact records an action of this
     * type done, so that it is no longer proposed: true for an action no fact of its own shows done (an
     * {@code advise}, a {@code revoke-access}, ...), false for one that has such a fact (a {@code warn}
     * is shown done by the sanction issued).
     */
    public boolean clearedByActionTaken() {
        return CLEARED_BY_ACTION_TAKEN.contains(this);
    }

    /** The action's name in decisions and case files, such as {@code ban-for-life}. */
    public String wireName() {
        return org.conductpolicy.api.fact.WireName.of(this);
    }
}
