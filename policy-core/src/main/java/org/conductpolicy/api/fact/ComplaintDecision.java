package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision on a complaint by the admin team or the executive committee (CMP-2, CMP-6).
 *
 * @param complaint the id of the complaint decided
 * @param on the day it was decided
 * @param by who decided it
 * @param resolved {@code false} when the complainant feels it is unresolved
 */
public record ComplaintDecision(
        String complaint,
        LocalDate on,
        DecidingBody by,
        @Flag(Flag.IfOmitted.REQUIRED) boolean resolved) implements Fact, MatterStep {
    public ComplaintDecision {
        Required.field(complaint, FactType.COMPLAINT_DECISION, "complaint");
        Required.field(on, FactType.COMPLAINT_DECISION, "on");
        Required.field(by, FactType.COMPLAINT_DECISION, "by");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public Reference matter() {
        return new Reference("complaint", FactType.COMPLAINT, complaint);
    }

    @Override
    public List<Reference> references() {
        return List.of(matter());
    }
}
