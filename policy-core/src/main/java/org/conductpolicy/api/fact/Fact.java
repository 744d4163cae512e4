package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing known about a case. Every fact is of one {@link FactType}, may carry an id,
 * is dated by the day it happened (unless it is a standing fact such as a person), and lists the ids
 * of the other facts it refers to.
 */
public sealed interface Fact
        permits Person,
                Platform,
                Role,
                Incident,
                Sanction,
                Communication,
                KeptRecord,
                Appeal,
                Hearing,
                AppealDecision,
                Complaint,
                ComplaintDecision,
                NationalReferral,
                Agm,
                Appointment,
                Departure,
                PasswordChange,
                Access,
                Crisis,
                Post,
                Training,
                ActionTaken {

    /** The fact's type, which names it in case files (such as {@code appeal-decision}). */
    default FactType type() {
        return FactType.of(getClass());
    }

    /** The fact's own id, or {@code null} for a type that has none (such as a hearing). */
    default String id() {
        return null;
    }

    /** The day the fact happened, or {@code null} for a standing fact (a person, a platform). */
    LocalDate dated();

    /** The other facts this one names; each must be present in the same case. */
    default List<Reference> references() {
        return List.of();
    }
}
