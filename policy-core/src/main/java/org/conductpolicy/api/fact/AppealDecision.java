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
public record AppealDecision(String appeal, LocalDate on, Outcome outcome, boolean accepted) implements Fact {
    public AppealDecision {
        Required.field(appeal, "appeal-decision", null, "appeal");
        Required.field(on, "appeal-decision", null, "on");
        Required.field(outcome, "appeal-decision", null, "outcome");
    }

    @Override
    public String type() {
        return "appeal-decision";
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("appeal", "appeal", appeal));
    }
}
