package org.conductpolicy.api.fact;

/** A step of the escalation ladder once it has been issued (ESC-1, ESC-2, ESC-3). */
public enum SanctionKind {
    WARNING,
    BAN,
    LIFETIME_BAN;
}
