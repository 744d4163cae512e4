package org.conductpolicy.api.fact;

/** Whether a person is a party member or a member of the public; the rules treat both alike (PUB-1). */
public enum Standing {
    MEMBER,
    PUBLIC;
}
