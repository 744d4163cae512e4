package org.conductpolicy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.ClauseMark;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.fact.ActionTaken;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.vocabulary.AsOf;
import org.conductpolicy.vocabulary.Proposal;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one implementation of {@link PolicyEngine}: one compiled rule set, shared; a new session for
 * every decision, disposed before it returns.
 */
final class DroolsPolicyEngine implements PolicyEngine {
    /**
     * Firings allowed for a decision: far more than real rules need for its facts (a few dozen a fact),
     * so that reaching the limit means the rules loop.
     */
    private static int firingLimit(int facts) {
        return 10_000 + 1_000 * facts;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEngine.class);
    private static final Comparator<Action> PROPOSER_ORDER =
            Comparator.comparing(Action::rule).thenComparing(Action::because);

    private final RuleSet ruleSet;
    private final RuleCitations citations;

    /** The engine of a rule set whose rule files are {@code sources}, which name the files in messages. */
    DroolsPolicyEngine(RuleSet ruleSet, RuleSources sources) {
        this.ruleSet = ruleSet;
        this.citations = RuleCitations.of(ruleSet.kieBase(), ruleSet.clauses(), sources);
    }

    int ruleCount() {
        return citations.ruleCount();
    }

    @Override
    public SortedMap<String, String> clauses() {
        return ruleSet.clauses().texts();
    }

    @Override
    public SortedMap<String, ClauseMark> clauseMarks() {
        return ruleSet.clauses().marks();
    }

    @Override
    public ConductTable conductTable() {
        return ruleSet.conduct();
    }

    @Override
    public Decision decide(LocalDate asOf, Collection<? extends Fact> facts) {
        CheckedFacts given = CheckedFacts.check(asOf, facts);
        ruleSet.conduct().check(given);

        ProposingRules proposingRules = new ProposingRules();
        KieSession session = ruleSet.kieBase().newKieSession();
        List<Proposal> proposals;
        int fired;
        try {
            session.addEventListener(proposingRules);
            session.insert(ruleSet.parameters());
            session.insert(new AsOf(asOf));
            ruleSet.conduct().kinds().values().forEach(session::insert);
            given.forEach(session::insert);
            int limit = firingLimit(given.size());
            fired = fire(session, limit);
            if (fired >= limit) {
                throw new PolicyException("the rules fired " + limit + " times without settling: they loop");
            }
            proposals = session.getObjects(object -> object instanceof Proposal).stream()
                    .map(Proposal.class::cast)
                    .toList();
        } finally {
            session.dispose();
        }
        List<Action> actions = notShownDone(actions(asOf, proposals, proposingRules), given);
        LOG.debug("Decided {} facts into {} actions after {} rule firings", given.size(), actions.size(), fired);
        return new Decision(asOf, actions, ruleSet.version());
    }

    /**
     * The actions, without those an {@link ActionTaken} of the case records done. This is the one place an
     * action-taken clears an action, for every action that one may record, after the rules have settled:
     * the rules propose what the policy asks for from the facts, and whether a host has already done it
     * is a matter of the to-do list, not of the policy's reading. Clearing here, rather than in a DRL
     * classification, keeps every consequence rule free of a {@code not ActionTaken(...)} written once per
     * action, and keeps the reading ("the same action, every identifying field equal") in one function,
     * {@link ActionTaken#showsDone}. No rule reasons on an action having been done.
     */
    private static List<Action> notShownDone(List<Action> actions, CheckedFacts facts) {
        List<ActionTaken> taken = facts.stream()
                .filter(ActionTaken.class::isInstance)
                .map(ActionTaken.class::cast)
                .toList();
        if (taken.isEmpty()) {
            return actions;
        }
        return actions.stream()
                .filter(action -> taken.stream().noneMatch(done -> done.showsDone(action)))
                .toList();
    }

    /** Fires the rules; a rule whose consequence fails is named, with what went wrong. */
    private static int fire(KieSession session, int limit) {
        try {
            return session.fireAllRules(limit);
        } catch (ConsequenceException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw new PolicyException(
                    "rule \"" + failed.getMatch().getRule().getName() + "\" failed while deciding: " + cause, cause);
        }
    }

    /** One action per distinct proposal; two rules proposing the same action cite both rules' clauses. */
    private List<Action> actions(LocalDate asOf, List<Proposal> proposals, ProposingRules proposingRules) {
        Map<Key, Action> byKey = new LinkedHashMap<>();
        for (Proposal proposal : proposals) {
            String rule = proposingRules.ruleOf(proposal);
            if (proposal.because() == null) {
                throw new PolicyException("rule \"" + rule + "\" proposed "
                        + proposal.type().wireName() + " without saying why: end the proposal with .because(\"...\")");
            }
            LocalDate due = proposal.due() == null ? asOf : proposal.due();
            List<String> clauses = new ArrayList<>(citations.clausesOf(rule));
            for (String cited : proposal.cited()) {
                if (!ruleSet.clauses().texts().containsKey(cited)) {
                    throw new PolicyException(
                            "rule \"" + rule + "\" cited '" + cited + "', which the clause catalogue does not list");
                }
                clauses.add(cited);
            }
            Action action;
            try {
                action = new Action(proposal.type(), proposal.fields(), due, clauses, proposal.because(), rule);
            } catch (IllegalArgumentException malformed) {
                throw new PolicyException(
                        "rule \"" + rule + "\" proposed an action that cannot be: " + malformed.getMessage());
            }
            byKey.merge(new Key(proposal.type(), proposal.fields(), due), action, DroolsPolicyEngine::merge);
        }
        return List.copyOf(byKey.values());
    }

    /**
     * One action from two proposals of the same action: it cites both rules' clauses and keeps the reason
     * of the first by rule name, then by reason, so that the order rules fired in never shows.
     */
    private static Action merge(Action one, Action other) {
        Action first = PROPOSER_ORDER.compare(one, other) <= 0 ? one : other;
        TreeSet<String> clauses = new TreeSet<>(one.clauses());
        clauses.addAll(other.clauses());
        return new Action(
                first.type(), first.fields(), first.due(), List.copyOf(clauses), first.because(), first.rule());
    }

    private record Key(ActionType type, Map<ActionField, Object> fields, LocalDate due) {}

    /** Remembers which rule inserted each proposal, so that its action can cite the rule's clauses. */
    private static final class ProposingRules extends DefaultRuleRuntimeEventListener {
        private final Map<Object, String> ruleByProposal = new IdentityHashMap<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Proposal && event.getRule() != null) {
                ruleByProposal.put(event.getObject(), event.getRule().getName());
            }
        }

        String ruleOf(Proposal proposal) {
            String rule = ruleByProposal.get(proposal);
            if (rule == null) {
                throw new PolicyException(
                        "a proposal of " + proposal.type().wireName() + " was not inserted by a rule");
            }
            return rule;
        }
    }
}
