package org.conductpolicy.api.fact;

/** A characteristic on which discrimination is never acceptable (CoC-4). */
public enum Characteristic {
    GENDER,
    RACE,
    RELIGION,
    AGE,
    SEXUAL_ORIENTATION,
    GENDER_IDENTITY,
    DISABILITY;
}
