package org.conductpolicy.api;

/**
 * What made a {@code change-password} action due (SEC-5, INT-9, EXT-1, EXT-3): an AGM, the appointment of
 * a new officer or admin, the departure of one, or an unauthorised opening of the platform. Decisions
 * spell it as {@link org.conductpolicy.api.fact.WireName} does: {@code agm}, {@code appointment},
 * {@code departure}, {@code unauthorised-access}. The constants are in the order of their spellings.
 */
public enum PasswordReason {
    AGM,
    APPOINTMENT,
    DEPARTURE,
    UNAUTHORISED_ACCESS;
}
