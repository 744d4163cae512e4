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
public record ComplaintDecision(String complaint, LocalDate on, DecidingBody by, boolean resolved) implements Fact {
    public ComplaintDecision {
        Required.field(complaint, "complaint-decision", null, "complaint");
        Required.field(on, "complaint-decision", null, "on");
        Required.field(by, "complaint-decision", null, "by");
    }

    @Override
    public String type() {
        return "complaint-decision";
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("complaint", "complaint", complaint));
    }
}
