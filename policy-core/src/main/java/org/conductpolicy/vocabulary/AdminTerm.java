package org.conductpolicy.vocabulary;

import java.util.Objects;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;

/**
 * A term as an admin of a governed platform, for the days the role behind it is held: an officer's
 * role, which makes its holder an admin of every governed platform (ROL-1), or an admin role of that
 * platform (ROL-4). Moderators are never admins (SEC-3). The term is in force on a day when its role is:
 * rules ask {@code role.heldOn(day)} ({@link Role#heldOn}).
 *
 * @param role the officer's or admin's role that makes its holder an admin of the platform
 * @param platform the platform's id
 */
public record AdminTerm(Role role, String platform) {
    public AdminTerm {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(platform, "platform");
        if (!role.role().isOfficer() && role.role() != RoleName.ADMIN) {
            throw new IllegalArgumentException(
                    "an admin's term needs an officer's or an admin's role, not " + role.role());
        }
    }

    /** The admin's id. */
    public String person() {
        return role.person();
    }

    /** Whether the holder is an admin by being an officer (ROL-1) rather than by an admin role (ROL-4). */
    public boolean byOffice() {
        return role.role().isOfficer();
    }
}
