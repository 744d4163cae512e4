package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A platform's password (or the password store's) was changed. The password itself is never held.
 *
 * @param platform the id of the platform, including the password store
 * @param on the day it was changed
 */
public record PasswordChange(String platform, LocalDate on) implements Fact {
    public PasswordChange {
        Required.field(platform, FactType.PASSWORD_CHANGE, "platform");
        Required.field(on, FactType.PASSWORD_CHANGE, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("platform", FactType.PLATFORM, platform));
    }
}
