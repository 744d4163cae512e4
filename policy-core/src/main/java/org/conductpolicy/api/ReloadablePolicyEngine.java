package org.conductpolicy.api;

import java.nio.file.Path;

/**
 * An engine whose rules a host can swap for an edited rule folder while it goes on deciding, from {@link
 * PolicyEngine#reloadable(PolicyEngine)}.
 *
 * <p>It decides, explains and reads standings as the engine of its current rules does, and is as safe to
 * share between threads. Each call works on the rules that were current when it started, to its end, even
 * if a reload swaps them meanwhile: a decision is never made by a mixture of two rule sets, and its {@link
 * Decision#rulesVersion()} names the set that made it. A {@link #decideAll batch} is decided by one rule
 * set throughout, the one current when it started.
 *
 * <pre>{@code
 * ReloadablePolicyEngine engine = PolicyEngine.reloadable(PolicyEngine.withDefaultRules());
 * RuleCheck found = engine.reload(editedFolder);
 * if (!found.isClean()) {
 *     found.problems().forEach(problem -> log.warn("not reloaded: {}", problem));
 * }
 * }</pre>
 */
public interface ReloadablePolicyEngine extends PolicyEngine {

    /**
     * Checks the rules in {@code folder} as {@link PolicyEngine#check(Path)} does and, only when the check
     * finds nothing, makes them the rules of every call that starts afterwards. When it finds anything (a
     * file that does not compile, a rule citing an unknown clause, a silent mistake, a warning), the engine
     * goes on deciding with the rules it had, and the problems are in what this returns. Calls already
     * running finish on the rules they started with.
     *
     * <p>The folder is compiled once while it is checked. Reloading a folder whose files are exactly those of
     * the current rules, or of the rules a reload swapped in before them (the same {@linkplain
     * RuleCheck#rulesVersion() version}), swaps those back without compiling them again. Any other reload
     * compiles, so it needs Drools' DRL compiler ({@code org.drools:drools-engine-classic}) on the classpath,
     * as {@link PolicyEngine#fromRuleFolder(Path)} does. One reload runs at a time; deciding is not held up by
     * a reload.
     *
     * @param folder a rule folder, laid out as for {@link PolicyEngine#fromRuleFolder(Path)}
     * @return what the check found: {@linkplain RuleCheck#isClean() clean} if and only if the folder's rules
     *     are now the engine's; never throws for a bad folder
     * @throws IllegalStateException when the folder must be compiled and the DRL compiler is not on the
     *     classpath, naming what to add; the engine goes on with the rules it had
     */
    RuleCheck reload(Path folder);

    /** The version of the rules a call starting now would use, as its {@link Decision#rulesVersion()} says it. */
    String rulesVersion();
}
