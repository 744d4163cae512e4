package org.conductpolicy.internal;

import java.nio.file.Path;
import org.conductpolicy.api.PolicyEngine;

/**
 * The bridge through which {@link PolicyEngine}'s factory methods reach the rule-set loader; the one
 * public class of this package. Internal, not API: it may change or go in any release. Hosts call
 * {@link PolicyEngine#withDefaultRules()} and {@link PolicyEngine#fromRuleFolder(Path)} instead.
 */
public final class EngineFactory {
    private EngineFactory() {}

    /** See {@link PolicyEngine#withDefaultRules()}. */
    public static PolicyEngine builtIn() {
        return RuleSets.builtIn();
    }

    /** See {@link PolicyEngine#fromRuleFolder(Path)}. */
    public static PolicyEngine fromFolder(Path folder) {
        return RuleSets.fromFolder(folder);
    }
}
