package org.conductpolicy.rules.properties;

import org.conductpolicy.api.PolicyEngine;

/** The built-in rules, compiled once for every property test. */
final class Engines {
    static final PolicyEngine BUILT_IN = PolicyEngine.withDefaultRules();

    private Engines() {}
}
