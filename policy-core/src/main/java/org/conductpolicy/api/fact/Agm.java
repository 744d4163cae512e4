package org.conductpolicy.api.fact;

import java.time.LocalDate;

/**
 * An annual general meeting was held (SEC-5).
 *
 * @param on the day it was held
 */
public record Agm(LocalDate on) implements Fact {
    public Agm {
        Required.field(on, FactType.AGM, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }
}
