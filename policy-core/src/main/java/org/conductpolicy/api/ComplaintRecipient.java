package org.conductpolicy.api;

/**
 * To whom a {@code route-complaint} action sends a complaint (CMP-1, CMP-6, CMP-7): the admin team, the
 * Secretary, the executive committee or the National Complaints team. Decisions spell it as
 * {@link org.conductpolicy.api.fact.WireName} does: {@code admin-team}, {@code secretary},
 * {@code executive-committee}, {@code national-complaints}.
 */
public enum ComplaintRecipient {
    ADMIN_TEAM,
    SECRETARY,
    EXECUTIVE_COMMITTEE,
    NATIONAL_COMPLAINTS;
}
