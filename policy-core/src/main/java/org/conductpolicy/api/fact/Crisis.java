package org.conductpolicy.api.fact;

import java.time.LocalDate;

/**
 * A crisis on the CLP's platforms (SM-4).
 *
 * @param id unique among crises
 * @param on the day it arose
 * @param reportedTo to whom it has been reported so far, or {@code null} when to nobody
 */
public record Crisis(String id, LocalDate on, CrisisRecipient reportedTo) implements Fact {
    public Crisis {
        Required.id(id, FactType.CRISIS);
        Required.field(on, FactType.CRISIS, id, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }
}
