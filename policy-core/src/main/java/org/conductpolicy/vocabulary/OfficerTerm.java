package org.conductpolicy.vocabulary;

import java.util.Objects;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;

/**
 * A term as one of the three officers, the Chair, the Secretary or the Social Media Officer (ROL-1,
 * SEC-1): the role that makes its holder an officer. The term is in force on a day when its role is:
 * rules ask {@code role.heldOn(day)} ({@link Role#heldOn}), the one reading of "in force on a day".
 *
 * @param role the officer's role; {@link RoleName#isOfficer()} holds for it
 */
public record OfficerTerm(Role role) {
    public OfficerTerm {
        Objects.requireNonNull(role, "role");
        if (!role.role().isOfficer()) {
            throw new IllegalArgumentException("an officer's term needs an officer's role, not " + role.role());
        }
    }

    /** The officer's id. */
    public String person() {
        return role.person();
    }

    /** Which of the three offices it is. */
    public RoleName office() {
        return role.role();
    }
}
