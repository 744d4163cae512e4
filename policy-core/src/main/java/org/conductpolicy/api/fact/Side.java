package org.conductpolicy.api.fact;

/** A side of a dispute to be heard before anyone decides it (ESC-6). */
public enum Side {
    APPELLANT,
    ADMIN_TEAM,
    COMPLAINANT,
    RESPONDENT;
}
