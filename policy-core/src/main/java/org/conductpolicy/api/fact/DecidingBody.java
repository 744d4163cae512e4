package org.conductpolicy.api.fact;

/** Who decided a complaint (CMP-2, CMP-6). */
public enum DecidingBody {
    ADMIN_TEAM,
    EXECUTIVE_COMMITTEE;
}
