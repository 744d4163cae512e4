package org.conductpolicy.api.fact;

/** A role a person holds: one of the three officers, an EC officer, or a platform's admin or moderator. */
public enum RoleName {
    CHAIR,
    SECRETARY,
    SOCIAL_MEDIA_OFFICER,
    EC_OFFICER,
    ADMIN,
    MODERATOR;

    /**
     * Whether the role is one of the CLP's three officers: the Chair, the Secretary or the Social Media
     * Officer (ROL-1, SEC-1). An EC officer is not one of them.
     */
    public boolean isOfficer() {
        return this == CHAIR || this == SECRETARY || this == SOCIAL_MEDIA_OFFICER;
    }
}
