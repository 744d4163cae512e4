package org.conductpolicy.vocabulary;

import org.conductpolicy.api.fact.WireName;

/**
 * What the code of conduct makes of a kind of conduct (the conduct table): the closed set of
 * classes a line of {@code conduct.properties} may give, spelled there as {@link #wireName()}.
 */
public enum ConductClass {
    /** Forbidden: the person climbs the ladder (CoC-4, CoC-7 to CoC-10, CoC-13). */
    BREACH,
    /** To be avoided, but not a breach: the person is advised (CoC-7's derogatory descriptions). */
    ADVISORY,
    /** Welcome debate: nothing is to be done (CoC-2, CoC-7, PRN-6). */
    LEGITIMATE_DEBATE;

    /** The spelling in {@code conduct.properties}, such as {@code legitimate-debate}. */
    public String wireName() {
        return WireName.of(this);
    }
}
