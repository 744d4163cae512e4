package org.conductpolicy.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.internal.EngineFactory;

/**
 * Decides what happens next for a case under the policy's rules.
 *
 * <p>An engine is built once and is then safe to share between threads: each call to {@link #decide} works
 * in a session of its own, taken from a pool and given back reset. {@link #withDefaultRules()} loads rules
 * precompiled when {@code policy-rules} was built; only {@link #fromRuleFolder}, {@link #check}, {@link
 * #checkDefaultRules()} and a {@linkplain ReloadablePolicyEngine#reload reload} compile rules. {@link
 * #decideAll} decides many cases at once, over the cores, in input order. The engine never reads the clock;
 * the day the question is asked is always an input.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.withDefaultRules();
 * Decision decision = engine.decide(LocalDate.of(2025, 6, 2), facts);
 * }</pre>
 */
public interface PolicyEngine {
    /**
     * The most facts one decision takes. A larger case is refused, before anything is decided, with a {@link
     * PolicyException} that names the limit and the count; decide it as smaller cases (one per person, say,
     * with {@link #decideAll}). Time and memory grow linearly with the facts: a case at this limit needs
     * about a gigabyte of heap (550 MB was measured at 100,000 facts; RELIABILITY.md at the repository's
     * root, "Size and limits", has the figures). A decision is also bounded in the rules' firings, a count and never a time, so
     * that rules that loop are refused in the same way and a case under every limit is decided the same on
     * any machine.
     */
    int MAX_FACTS_PER_CASE = 200_000;

    /**
     * The most facts of one case that may name one person (the person and, say, their incidents, sanctions,
     * appeals and roles). A case with more is refused as {@link #MAX_FACTS_PER_CASE} says, without naming
     * the person.
     */
    int MAX_FACTS_PER_PERSON = 20_000;

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
     * in {@code policy-rules}. Use it to try an edited copy of the rules. It compiles them, which needs Drools'
     * DRL compiler ({@code org.drools:drools-engine-classic}) on the classpath; the default rules do not.
     *
     * @throws PolicyRulesException naming each file, line and problem when the rules do not load
     * @throws IllegalStateException when the DRL compiler is not on the classpath, naming what to add
     */
    static PolicyEngine fromRuleFolder(Path folder) {
        return EngineFactory.fromFolder(folder);
    }

    /**
     * An engine that decides with {@code rules} until its {@link ReloadablePolicyEngine#reload(Path) reload}
     * swaps in the rules of an edited folder: for a host that goes on deciding while an officer edits the
     * rules. Reloading compiles the edited rules, so it needs the DRL compiler as {@link #fromRuleFolder} does.
     *
     * @param rules the rules to start with: an engine from {@link #withDefaultRules()}, {@link
     *     #fromRuleFolder(Path)} or another reloadable engine (whose current rules are taken)
     * @throws IllegalArgumentException for an engine this library did not build
     */
    static ReloadablePolicyEngine reloadable(PolicyEngine rules) {
        return EngineFactory.reloadable(rules);
    }

    /**
     * Writes the policy's own rules (those of {@link #withDefaultRules()}: every rule file, the parameters,
     * the clause catalogue and the conduct table) into {@code folder}, created if need be, so that an
     * officer can start an edit from them: {@link #fromRuleFolder(Path)} of that folder decides every case
     * as the built-in rules do. A file of the same name is overwritten; other files are left as they are.
     *
     * @return the files written, in name order
     * @throws PolicyRulesException when the rules are not on the classpath or the folder cannot be written
     */
    static List<Path> exportDefaultRules(Path folder) {
        return EngineFactory.exportBuiltIn(folder);
    }

    /**
     * Checks the rules in a folder, laid out as for {@link #fromRuleFolder(Path)}, without deciding a case:
     * every problem that would stop them loading, and the mistakes that would load without a word.
     *
     * @return what was found; never throws for a bad folder
     * @throws IllegalStateException when the DRL compiler is not on the classpath, as for {@link #fromRuleFolder}
     */
    static RuleCheck check(Path folder) {
        return EngineFactory.check(folder);
    }

    /**
     * Checks the policy's own rules, which {@code policy-rules} carries on the classpath, as {@link #check} does:
     * their DRL is compiled again, so this needs the DRL compiler too.
     *
     * @throws IllegalStateException when the DRL compiler is not on the classpath, as for {@link #fromRuleFolder}
     */
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
     * @throws PolicyException when {@code asOf} is outside {@link CheckedFacts#FIRST_DAY} to {@link
     *     CheckedFacts#LAST_DAY}, when the case is past {@link #MAX_FACTS_PER_CASE} or {@link
     *     #MAX_FACTS_PER_PERSON}, when the rules do not settle within their bound on firings, or when a rule
     *     fails (its condition or its consequence throws): the message names the limit and the count, or the
     *     rule and its file
     */
    Decision decide(LocalDate asOf, Collection<? extends Fact> facts);

    /**
     * Decides every case of a batch, as {@link #decide} decides each, spread over one thread per processor
     * ({@link Runtime#availableProcessors()}), and hands each result to {@code results} in input order.
     *
     * <p>The cases are read from {@code cases} one at a time, and only a few per thread are read ahead of the
     * last result handed on, so a long batch (a whole membership) never needs all its cases or results in
     * memory at once. {@code cases} is read and {@code results} is called on the calling thread only, so
     * neither needs to be thread-safe; the call returns once every result has been handed on.
     *
     * <p>A case for which {@link #decide} would throw a {@link PolicyException} (for any of the reasons it
     * lists: invalid facts, a limit, the bound on firings, a failing rule) is that case's {@linkplain
     * BatchResult#failure() failure}, in its place, and the batch goes on. Anything else that goes wrong (the
     * input or the consumer throws, or the engine fails unexpectedly) stops the batch: the results before it
     * have been handed on, the cases still being decided are abandoned, and the exception is thrown from here.
     *
     * @param cases the cases, in order
     * @param results called once per case, in input order
     */
    default void decideAll(Iterator<? extends Case> cases, Consumer<? super BatchResult> results) {
        Batch.decideAll(this, cases, results, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Decides every case of a list as {@link #decideAll(Iterator, Consumer)} does, and returns the results in
     * the cases' order: for a batch small enough to hold in memory.
     *
     * @return one result per case, in the cases' order
     */
    default List<BatchResult> decideAll(List<? extends Case> cases) {
        List<BatchResult> results = new ArrayList<>(cases.size());
        decideAll(cases.iterator(), results::add);
        return List.copyOf(results);
    }

    /**
     * Decides as {@link #decide} does, recording what the engine matched: for each action the clauses it
     * cites and the given facts behind it, why steps a reader might expect were not taken, and every rule
     * that fired. Slower than {@code decide}; meant for an officer reading one case, or a casebook's coverage.
     *
     * @throws InvalidFactException as {@link #decide} does
     */
    Explanation explain(LocalDate asOf, Collection<? extends Fact> facts);

    /** Every rule of the rule set, queries aside, by name. */
    List<PolicyRule> rules();

    /**
     * Where each person of the case stands on the ladder as of {@code asOf}, one entry per person, by id.
     *
     * <p>The facts are checked and the rules fired as for {@link #decide}; the answer is read from what the
     * rules derived, not worked out again: a person's latest counting sanction is the rules' {@code
     * LatestCountingSanction}, and the windows are their {@code LadderWindow}s (a warning's leads to a ban,
     * a ban's to a lifetime ban, as {@code ladder.drl} climbs). A next breach is one committed after {@code
     * asOf}; of the windows whose last day is after {@code asOf}, a ban's decides before a warning's, and of one kind the one that ends last; with none
     * open, a next breach brings a warning (INT-5). Nothing here changes a decision.
     *
     * @param asOf the day asked about; no fact may be dated after it
     * @param facts everything known, in any order
     * @throws InvalidFactException when the facts are not valid input, as for {@link #decide}
     * @throws PolicyException when the rules declare no ladder to read (an edited rule set without
     *     {@code ladder-state.drl}'s {@code LatestCountingSanction} and {@code LadderWindow})
     */
    List<LadderStanding> standing(LocalDate asOf, Collection<? extends Fact> facts);

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
