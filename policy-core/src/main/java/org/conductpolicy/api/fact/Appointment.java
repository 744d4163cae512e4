package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A person was appointed to a role (SEC-5, INT-9).
 *
 * @param person the id of the person
 * @param role the role
 * @param platform for an admin or moderator, the platform's id; otherwise {@code null}
 * @param on the day they appointed
 */
public record Appointment(String person, RoleName role, String platform, LocalDate on) implements Fact {
    public Appointment {
        Required.field(person, FactType.APPOINTMENT, "person");
        Required.field(role, FactType.APPOINTMENT, "role");
        Required.optional(platform, FactType.APPOINTMENT, "platform");
        RolePlatform.check(FactType.APPOINTMENT, role, platform);
        Required.field(on, FactType.APPOINTMENT, "on");
    }

    /** A person appointed to an officer's role (of the whole CLP, not of a platform). */
    public static Appointment of(String person, RoleName role, LocalDate on) {
        return new Appointment(person, role, null, on);
    }

    /** A person appointed to an admin's or moderator's role on a platform. */
    public static Appointment onPlatform(String person, RoleName role, String platform, LocalDate on) {
        return new Appointment(person, role, platform, on);
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
