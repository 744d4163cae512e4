package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A person opened a platform, or the password store, on a day (SEC-1, SEC-2, SEC-6).
 *
 * @param person the id of the person
 * @param platform the id of the platform opened
 * @param on the day it was opened
 */
public record Access(String person, String platform, LocalDate on) implements Fact {
    public Access {
        Required.field(person, FactType.ACCESS, "person");
        Required.field(platform, FactType.ACCESS, "platform");
        Required.field(on, FactType.ACCESS, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return PersonOnPlatform.references(person, platform);
    }
}
