package org.conductpolicy.cli;

import java.nio.file.Path;
import org.conductpolicy.api.PolicyEngine;

/** Where the command line gets its engine: the built-in rules, or the rule folder given with --rules. */
@FunctionalInterface
interface Engines {
    /** The engines a real run uses: built anew for each command. */
    Engines BUILT_IN_OR_FOLDER =
            rules -> rules == null ? PolicyEngine.withDefaultRules() : PolicyEngine.fromRuleFolder(rules);

    /**
     * The engine for one run.
     *
     * @param rules the folder of rule files given with --rules, or {@code null} for the built-in rules
     * @throws org.conductpolicy.api.PolicyRulesException when the rules do not load
     */
    PolicyEngine load(Path rules);
}
