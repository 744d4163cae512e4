package org.conductpolicy.api.fact;

import org.conductpolicy.api.InvalidFactException;

/** A role's platform: an admin or a moderator is one of a platform's; an officer is of the whole CLP. */
final class RolePlatform {
    private RolePlatform() {}

    static void check(FactType type, RoleName role, String platform) {
        boolean ofAPlatform = role == RoleName.ADMIN || role == RoleName.MODERATOR;
        if (ofAPlatform && platform == null) {
            throw InvalidFactException.of(type, "platform", "is required for the role '" + WireName.of(role) + "'");
        }
        if (!ofAPlatform && platform != null) {
            throw InvalidFactException.of(type, "platform", "is only for the roles admin and moderator");
        }
    }
}
