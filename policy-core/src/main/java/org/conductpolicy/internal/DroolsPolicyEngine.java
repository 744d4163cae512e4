package org.conductpolicy.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.ClauseMark;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.Explanation;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.PolicyRule;
import org.conductpolicy.api.fact.ActionTaken;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.vocabulary.AsOf;
import org.conductpolicy.vocabulary.ConductKind;
import org.conductpolicy.vocabulary.ExplanationAsked;
import org.conductpolicy.vocabulary.Proposal;
import org.conductpolicy.vocabulary.WhyNot;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one implementation of {@link PolicyEngine}: one compiled rule set, shared, and a pool of its
 * sessions. Each decision takes a session of its own from the pool and gives it back reset (Drools'
 * {@code KieSessionsPool}: its facts, what the rules derived from them, its agenda and its listeners are
 * cleared; the memory the network built for the rules is kept), so that the network's memory is not built
 * again for every decision. A session is never used by two threads at once.
 */
final class DroolsPolicyEngine implements PolicyEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEngine.class);
    private static final Comparator<Action> PROPOSER_ORDER =
            Comparator.comparing(Action::rule).thenComparing(Action::because);

    private final RuleSet ruleSet;
    private final RuleCitations citations;
    private final KieSessionsPool sessions;
    private final RuleFailures failures;

    /** The engine of a rule set whose rule files are {@code sources}, which name the files in messages. */
    DroolsPolicyEngine(RuleSet ruleSet, RuleSources sources) {
        this.ruleSet = ruleSet;
        this.citations = RuleCitations.of(ruleSet.kieBase(), ruleSet.clauses(), sources);
        this.failures = new RuleFailures(citations);
        this.sessions = ruleSet.kieBase().newKieSessionsPool(1);
    }

    String version() {
        return ruleSet.version();
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
    public List<PolicyRule> rules() {
        return citations.rules();
    }

    @Override
    public Decision decide(LocalDate asOf, Collection<? extends Fact> facts) {
        return decided(asOf, CheckedFacts.check(asOf, facts), new ProposingRules())
                .decision();
    }

    /**
     * Decides with a {@link MatchTrace} in the session, which records every match as it fires, and with
     * {@link ExplanationAsked}, which lets the rules of {@code why-not.drl} derive their {@link WhyNot}s.
     * Neither is in the session of an ordinary decision.
     */
    @Override
    public Explanation explain(LocalDate asOf, Collection<? extends Fact> facts) {
        MatchTrace trace = new MatchTrace();
        Decided decided = decided(asOf, CheckedFacts.check(asOf, facts), trace);
        Map<Key, Set<Explanation.FactId>> matched = new HashMap<>();
        for (Proposal proposal : decided.proposals()) {
            matched.computeIfAbsent(key(asOf, proposal), any -> new HashSet<>())
                    .addAll(trace.givenFactsBehind(proposal));
        }
        Map<Action, Key> keyOf = new IdentityHashMap<>();
        decided.actions().forEach((key, action) -> keyOf.put(action, key));
        List<Explanation.Step> steps = decided.decision().actions().stream()
                .map(action -> new Explanation.Step(
                        action,
                        clauseTexts(action.clauses()),
                        List.copyOf(matched.getOrDefault(keyOf.get(action), Set.of()))))
                .toList();
        List<Explanation.WhyNot> whyNots = decided.whyNots().stream()
                .map(whyNot -> {
                    String rule = trace.ruleOf(whyNot);
                    return new Explanation.WhyNot(whyNot.about(), whyNot.because(), rule, citations.clausesOf(rule));
                })
                .toList();
        return new Explanation(decided.decision(), steps, whyNots, trace.fired());
    }

    @Override
    public List<LadderStanding> standing(LocalDate asOf, Collection<? extends Fact> facts) {
        CheckedFacts given = CheckedFacts.check(asOf, facts);
        LadderReading ladder = LadderReading.of(ruleSet.kieBase(), ruleSet.parameters());
        return ladder.standing(
                asOf,
                given,
                settle(asOf, given, new ProposingRules(), ladder::reads).objects());
    }

    private Map<String, String> clauseTexts(List<String> ids) {
        Map<String, String> texts = new LinkedHashMap<>();
        ids.forEach(id -> texts.put(id, ruleSet.clauses().texts().get(id)));
        return texts;
    }

    /**
     * What a decision settled on: the decision, the action each distinct proposal made, the proposals
     * themselves and, when an explanation was asked for, the why-nots.
     */
    private record Decided(
            Decision decision, Map<Key, Action> actions, List<Proposal> proposals, List<WhyNot> whyNots) {}

    /** The decision on the facts, with {@code listener} (which names the rule behind each proposal). */
    private Decided decided(LocalDate asOf, CheckedFacts given, ProposingRules listener) {
        Settled settled =
                settle(asOf, given, listener, object -> object instanceof Proposal || object instanceof WhyNot);
        List<Proposal> proposals = settled.objectsOf(Proposal.class);
        Map<Key, Action> byKey = actions(asOf, proposals, listener);
        List<Action> actions = notShownDone(List.copyOf(byKey.values()), given);
        LOG.debug(
                "Decided {} facts into {} actions after {} rule firings",
                given.size(),
                actions.size(),
                settled.fired());
        return new Decided(
                new Decision(asOf, actions, ruleSet.version()), byKey, proposals, settled.objectsOf(WhyNot.class));
    }

    /** The objects a session held once the rules settled on the facts, those asked for. */
    private record Settled(List<Object> objects, int fired) {
        <T> List<T> objectsOf(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /**
     * Fires the rules on the facts in a session of their own, taken from the pool and given back (reset)
     * before it returns, with {@code listener} in it. A {@link MatchTrace} listens to every firing as well,
     * and asks for why-nots. A case past the {@linkplain DecisionLimits limits}, rules that do not settle
     * within them, and a rule that fails are refused with a {@link PolicyException}.
     */
    private Settled settle(LocalDate asOf, CheckedFacts given, ProposingRules listener, Predicate<Object> kept) {
        ruleSet.conduct().check(given);
        DecisionLimits.check(given);
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(listener);
            if (listener instanceof MatchTrace trace) {
                session.addEventListener(trace.firings);
                session.insert(new ExplanationAsked());
            }
            int limit = DecisionLimits.firings(given.size());
            int fired = failures.naming(() -> {
                session.insert(ruleSet.parameters());
                session.insert(new AsOf(asOf));
                kindsNamedBy(given).forEach(session::insert);
                given.forEach(session::insert);
                return session.fireAllRules(limit);
            });
            DecisionLimits.checkSettled(fired, limit);
            return new Settled(List.copyOf(session.getObjects(kept::test)), fired);
        } finally {
            session.dispose();
        }
    }

    /**
     * The conduct table's lines for the kinds the case's incidents name, in the table's order: the lines
     * {@code conduct.drl} joins an incident to by its kind. Inserting no other line keeps a decision's cost to
     * the kinds its case uses, not the table's length; a rule that reads the table sees only those lines.
     */
    private List<ConductKind> kindsNamedBy(CheckedFacts given) {
        Set<String> named = new HashSet<>();
        for (Fact fact : given) {
            if (fact instanceof Incident incident) {
                named.add(incident.conduct());
            }
        }
        return ruleSet.conduct().kinds().values().stream()
                .filter(kind -> named.contains(kind.name()))
                .toList();
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

    /** One action per distinct proposal; two rules proposing the same action cite both rules' clauses. */
    private Map<Key, Action> actions(LocalDate asOf, List<Proposal> proposals, ProposingRules proposingRules) {
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
            byKey.merge(key(asOf, proposal), action, DroolsPolicyEngine::merge);
        }
        return byKey;
    }

    private static Key key(LocalDate asOf, Proposal proposal) {
        return new Key(proposal.type(), proposal.fields(), proposal.due() == null ? asOf : proposal.due());
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
    private static class ProposingRules extends DefaultRuleRuntimeEventListener {
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

    /**
     * The one trace of what fired, for an explanation and for a casebook's coverage: every rule that fired,
     * and for every object a rule inserted, that rule and the objects its match held. Following those back
     * from a proposal finds the given facts behind it, through the facts the rules derived.
     */
    private static final class MatchTrace extends ProposingRules {
        private final SortedSet<String> fired = new TreeSet<>();
        private final Map<Object, List<Object>> matchedBy = new IdentityHashMap<>();
        private final Map<Object, String> insertedBy = new IdentityHashMap<>();
        private Match firing;

        /** Follows the firings, so that an insertion is known to come from the match firing. */
        final AgendaEventListener firings = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing = event.getMatch();
                fired.add(firing.getRule().getName());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firing = null;
            }
        };

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            super.objectInserted(event);
            if (firing != null) {
                matchedBy.put(event.getObject(), List.copyOf(firing.getObjects()));
                insertedBy.put(event.getObject(), firing.getRule().getName());
            }
        }

        SortedSet<String> fired() {
            return fired;
        }

        /** The rule that inserted {@code object}. */
        String ruleOf(Object object) {
            String rule = insertedBy.get(object);
            if (rule == null) {
                throw new PolicyException("a " + object.getClass().getSimpleName() + " was not inserted by a rule");
            }
            return rule;
        }

        /** The given facts with ids behind an inserted object: those its match held, and those behind theirs. */
        Set<Explanation.FactId> givenFactsBehind(Object inserted) {
            Set<Explanation.FactId> given = new HashSet<>();
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Object> waiting = new ArrayDeque<>(matchedBy.getOrDefault(inserted, List.of()));
            while (!waiting.isEmpty()) {
                Object object = waiting.pop();
                if (!seen.add(object)) {
                    continue;
                }
                if (object instanceof Fact fact) {
                    if (fact.id() != null) {
                        given.add(new Explanation.FactId(fact.type(), fact.id()));
                    }
                } else {
                    waiting.addAll(matchedBy.getOrDefault(object, List.of()));
                }
            }
            return given;
        }
    }
}
