package org.conductpolicy.api;

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
import static org.conductpolicy.api.ActionField.REASON;
import static org.conductpolicy.api.ActionField.RECORD;
import static org.conductpolicy.api.ActionField.ROLE;
import static org.conductpolicy.api.ActionField.SIDE;
import static org.conductpolicy.api.ActionField.TO;
import static org.conductpolicy.api.ActionField.UNTIL;
import static org.conductpolicy.api.ActionField.WINDOW_ENDS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the engine can propose, with the fields each kind of action carries (policy-core/docs/case-files.md's table of
 * actions). Where the table says "appeal or complaint", an action carries one of the two.
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
    ROUTE_APPEAL(APPEAL, TO),
    HEAR(APPEAL, COMPLAINT, SIDE),
    DECIDE_APPEAL(APPEAL, BY),
    REFER_TO_NATIONAL(APPEAL, COMPLAINT),
    ROUTE_COMPLAINT(COMPLAINT, TO),
    MEDIATE(COMPLAINT),
    CONSIDER_SAFEGUARDING(COMPLAINT),
    INFORM_COMPLAINANT(COMPLAINT),
    CHANGE_PASSWORD(PLATFORM, REASON),
    REVOKE_ACCESS(PERSON, PLATFORM),
    REFER_FOR_DISCIPLINE(PERSON, PLATFORM),
    APPOINT_ADMIN(PLATFORM, ROLE),
    TRANSFER_OWNERSHIP(PLATFORM),
    TAKE_DOWN(PLATFORM),
    REPORT_CRISIS(CRISIS, TO),
    POST_FROM_PAGE(POST);

    private static final Set<ActionField> MATTERS =
            Collections.unmodifiableSet(EnumSet.of(ActionField.APPEAL, ActionField.COMPLAINT));

    private final Set<ActionField> fields;

    ActionType(ActionField first, ActionField... rest) {
        this.fields = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The fields an action of this type may carry, in the order decisions list them. */
    public Set<ActionField> fields() {
        return fields;
    }

    /**
     * The fields of which an action carries exactly one, where policy-core/docs/case-files.md has "appeal or
     * complaint"; empty for most types. Every other field of the type is required.
     */
    public Set<ActionField> oneOf() {
        return fields.containsAll(MATTERS) ? MATTERS : Set.of();
    }

    /** The action's name in decisions and case files, such as {@code ban-for-life}. */
    public String wireName() {
        return org.conductpolicy.api.fact.WireName.of(this);
    }
}
