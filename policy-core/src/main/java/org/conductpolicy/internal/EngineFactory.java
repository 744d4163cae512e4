package org.conductpolicy.internal;

import java.nio.file.Path;
import java.util.List;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.ReloadablePolicyEngine;
import org.conductpolicy.api.RuleCheck;

/**
 * The bridge through which the factory methods of {@link PolicyEngine} and {@link ConductTable} reach the
 * rule-set loader; the one public class of this package. Internal, not API: it may change or go in any
 * release. Hosts call {@link PolicyEngine#withDefaultRules()}, {@link PolicyEngine#fromRuleFolder(Path)},
 * {@link PolicyEngine#check(Path)}, {@link PolicyEngine#checkDefaultRules()},
 * {@link PolicyEngine#reloadable(PolicyEngine)},
 * {@link ConductTable#builtIn()} and {@link ConductTable#inRuleFolder(Path)} instead.
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

    /** See {@link PolicyEngine#reloadable(PolicyEngine)}. */
    public static ReloadablePolicyEngine reloadable(PolicyEngine rules) {
        return ReloadingEngine.startingWith(rules);
    }

    /** See {@link PolicyEngine#check(Path)}. */
    public static RuleCheck check(Path folder) {
        return RuleSets.check(folder);
    }

    /** See {@link PolicyEngine#checkDefaultRules()}. */
    public static RuleCheck checkBuiltIn() {
        return RuleSets.checkBuiltIn();
    }

    /** See {@link ConductTable#builtIn()}. */
    public static ConductTable builtInConductTable() {
        return RuleSets.builtInConductTable();
    }

    /** See {@link ConductTable#inRuleFolder(Path)}. */
    public static ConductTable conductTableIn(Path folder) {
        return RuleSets.conductTableIn(folder);
    }

    /** See {@link PolicyEngine#exportDefaultRules(Path)}. */
    public static List<Path> exportBuiltIn(Path folder) {
        return BuiltInRuleFiles.exportTo(folder);
    }
}
