package org.conductpolicy.api.fact;

import java.time.LocalDate;

/**
 * An annual general meeting was held (SEC-5).
 *
 * @param on the day it was held
 */
public record Agm(LocalDate on) implements Fact {
    public Agm {
        Required.field(on, "agm", null, "on");
    }

    @Override
    public String type() {
        return "agm";
    }

    @Override
    public LocalDate dated() {
        return on;
    }
}
