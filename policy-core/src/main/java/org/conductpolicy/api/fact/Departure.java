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
        Required.field(person, FactType.DEPARTURE, "person");
        Required.field(role, FactType.DEPARTURE, "role");
        Required.optional(platform, FactType.DEPARTURE, "platform");
        RolePlatform.check(FactType.DEPARTURE, role, platform);
        Required.field(on, FactType.DEPARTURE, "on");
    }

    /** A person leaving an officer's role (of the whole CLP, not of a platform). */
    public static Departure of(String person, RoleName role, LocalDate on) {
        return new Departure(person, role, null, on);
    }

    /** A person leaving an admin's or moderator's role on a platform. */
    public static Departure onPlatform(String person, RoleName role, String platform, LocalDate on) {
        return new Departure(person, role, platform, on);
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
