package org.conductpolicy.api.fact;

/** Who owns a platform, or to whom its domain is registered (OWN-1, OWN-2). */
public enum Owner {
    CLP,
    BRANCH,
    INDIVIDUAL;
}
