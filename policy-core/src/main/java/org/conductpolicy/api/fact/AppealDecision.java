package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The executive committee's decision on an appeal (ESC-5).
 *
 * @param appeal the id of the appeal decided
 * @param on the day it was decided
 * @param outcome whether the sanction was upheld or overturned
 * @param accepted whether the appellant accepts it; {@code false} when they are unhappy (ESC-7)
 */
public record AppealDecision(
        String appeal,
        LocalDate on,
        Outcome outcome,
        @Flag(Flag.IfOmitted.TRUE) boolean accepted) implements Fact, MatterStep {
    public AppealDecision {
        Required.field(appeal, FactType.APPEAL_DECISION, "appeal");
        Required.field(on, FactType.APPEAL_DECISION, "on");
        Required.field(outcome, FactType.APPEAL_DECISION, "outcome");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public Reference matter() {
        return new Reference("appeal", FactType.APPEAL, appeal);
    }

    @Override
    public List<Reference> references() {
        return List.of(matter());
    }
}
