package org.conductpolicy.api.fact;

/** What the executive committee decided on an appeal (ESC-5). */
public enum Outcome {
    UPHELD,
    OVERTURNED;
}
