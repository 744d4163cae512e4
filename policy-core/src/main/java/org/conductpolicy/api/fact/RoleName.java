package org.conductpolicy.api.fact;

/** A role a person holds: one of the three officers, an EC officer, or a platform's admin or moderator. */
public enum RoleName {
    CHAIR,
    SECRETARY,
    SOCIAL_MEDIA_OFFICER,
    EC_OFFICER,
    ADMIN,
    MODERATOR;
}
