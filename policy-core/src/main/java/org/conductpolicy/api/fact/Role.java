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
        Required.field(person, "role", null, "person");
        Required.field(role, "role", null, "role");
        Required.optional(platform, "role", null, "platform");
        RolePlatform.check("role", role, platform);
        Required.field(from, "role", null, "from");
        if (to != null && to.isBefore(from)) {
            throw new InvalidFactException("role", null, "to", "is before 'from'");
        }
    }

    @Override
    public String type() {
        return "role";
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
        references.add(new Reference("person", "person", person));
        if (platform != null) {
            references.add(new Reference("platform", "platform", platform));
        }
        return references;
    }
}
