package org.conductpolicy.api;

/**
 * To whom a {@code route-appeal} action sends an appeal (ESC-5, INT-11): the Secretary, or a trusted
 * EC officer when the Secretary is involved. Decisions spell it as {@link org.conductpolicy.api.fact.WireName}
 * does: {@code secretary}, {@code ec-officer}.
 */
public enum AppealRecipient {
    SECRETARY,
    EC_OFFICER;
}
