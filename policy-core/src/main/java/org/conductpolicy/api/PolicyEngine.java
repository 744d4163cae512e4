package org.conductpolicy.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.internal.EngineFactory;

/**
 * Decides what happens next for a case under the policy's rules.
 *
 * <p>An engine is built once, which compiles its rules, and is then safe to share between threads:
 * each call to {@link #decide} works in a session of its own. The engine never reads the clock; the day
 * the question is asked is always an input.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.withDefaultRules();
 * Decision decision = engine.decide(LocalDate.of(2025, 6, 2), facts);
 * }</pre>
 */
public interface PolicyEngine {

    /**
     * An engine with the policy's own rules, which {@code policy-rules} carries on the classpath.
     *
     * @throws PolicyRulesException when the rules are not on the classpath or do not load
     */
    static PolicyEngine withDefaultRules() {
        return EngineFactory.builtIn();
    }

    /**
     * An engine with the rules in a folder: every {@code .drl} file in it, its {@code
     * parameters.properties}, its {@code clauses.properties} and its {@code conduct.properties}, laid out as
     * in {@code policy-rules}. Use it to try an edited copy of the rules.
     *
     * @throws PolicyRulesException naming each file, line and problem when the rules do not load
     */
    static PolicyEngine fromRuleFolder(Path folder) {
        return EngineFactory.fromFolder(folder);
    }

    /**
     * Checks the rules in a folder, laid out as for {@link #fromRuleFolder(Path)}, without deciding a case:
     * every problem that would stop them loading, and the mistakes that would load without a word.
     *
     * @return what was found; never throws for a bad folder
     */
    static RuleCheck check(Path folder) {
        return EngineFactory.check(folder);
    }

    /** Checks the policy's own rules, which {@code policy-rules} carries on the classpath, as {@link #check} does. */
    static RuleCheck checkDefaultRules() {
        return EngineFactory.checkBuiltIn();
    }

    /**
     * Decides what should happen next, as of {@code asOf}, given everything known about the case.
     *
     * <p>The facts are first checked together as {@link CheckedFacts#check} checks them; facts already
     * checked for {@code asOf} (such as those of a case file read by {@code CaseFiles}) are not checked
     * again.
     *
     * @param asOf the day the question is asked; no fact may be dated after it
     * @param facts everything known, in any order
     * @return the actions needed as of that day, sorted; never a partial decision
     * @throws InvalidFactException when the facts are not valid input, naming the fact and the field; an
     *     incident whose conduct the {@linkplain #conductTable() conduct table} does not list is not
     */
    Decision decide(LocalDate asOf, Collection<? extends Fact> facts);

    /**
     * The kinds of conduct the rules know (their {@code conduct.properties}): an incident must name one
     * of them.
     */
    ConductTable conductTable();

    /** The clauses the rules may cite, by id, with their text (the clause catalogue). */
    Map<String, String> clauses();

    /**
     * The clauses of the catalogue that no rule decides, by id, each marked advisory, organisational or
     * built in, with why no fact can decide it. No rule cites a marked clause; every other clause is
     * decided by the rules.
     */
    Map<String, ClauseMark> clauseMarks();
}
