package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.InvalidFactException;

/**
 * A role a person holds from one day, and until another if it has ended.
 *
 * @param person the person's id
 * @param role the role
 * @param platform for an admin or moderator, the platform's id; otherwise {@code null}
 * @param from the first day the role is held
 * @param to the last day it is held, or {@code null} while it goes on
 */
public record Role(String person, RoleName role, String platform, LocalDate from, LocalDate to) implements Fact {
    public Role {
        Required.field(person, FactType.ROLE, "person");
        Required.field(role, FactType.ROLE, "role");
        Required.optional(platform, FactType.ROLE, "platform");
        RolePlatform.check(FactType.ROLE, role, platform);
        Required.field(from, FactType.ROLE, "from");
        if (to != null && to.isBefore(from)) {
            throw InvalidFactException.of(FactType.ROLE, "to", "is before 'from'");
        }
    }

    /** An officer's role (of the whole CLP, not of a platform) held from a day and still held. */
    public static Role of(String person, RoleName role, LocalDate from) {
        return new Role(person, role, null, from, null);
    }

    /** An admin's or moderator's role on a platform, held from a day and still held. */
    public static Role onPlatform(String person, RoleName role, String platform, LocalDate from) {
        return new Role(person, role, platform, from, null);
    }

    @Override
    public LocalDate dated() {
        return from;
    }

    /** Whether the role is held on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        references.add(new Reference("person", FactType.PERSON, person));
        if (platform != null) {
            references.add(new Reference("platform", FactType.PLATFORM, platform));
        }
        return references;
    }
}
