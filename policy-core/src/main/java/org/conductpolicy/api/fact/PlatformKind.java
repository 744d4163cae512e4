package org.conductpolicy.api.fact;

/** What sort of online platform a {@link Platform} is. */
public enum PlatformKind {
    WEBSITE,
    EMAIL,
    FACEBOOK_PAGE,
    FACEBOOK_GROUP,
    INSTAGRAM,
    TWITTER,
    PASSWORD_STORE;
}
