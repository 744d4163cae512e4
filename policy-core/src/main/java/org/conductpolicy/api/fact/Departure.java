package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A person left a role (EXT-1).
 *
 * @param person the id of the person
 * @param role the role
 * @param platform for an admin or moderator, the platform's id; otherwise {@code null}
 * @param on the day they left
 */
public record Departure(String person, RoleName role, String platform, LocalDate on) implements Fact {
    public Departure {
        Required.field(person, "departure", null, "person");
        Required.field(role, "departure", null, "role");
        Required.optional(platform, "departure", null, "platform");
        RolePlatform.check("departure", role, platform);
        Required.field(on, "departure", null, "on");
    }

    @Override
    public String type() {
        return "departure";
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
