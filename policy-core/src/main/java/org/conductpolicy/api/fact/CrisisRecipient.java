package org.conductpolicy.api.fact;

/** To whom a crisis has been reported (SM-4). */
public enum CrisisRecipient {
    SOCIAL_MEDIA_OFFICER,
    EC_OFFICER;
}
