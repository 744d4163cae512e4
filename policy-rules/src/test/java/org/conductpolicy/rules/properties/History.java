package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;

/**
 * A generated case history: everything known on the day the question is asked, as a case file holds it.
 *
 * @param name a sentence saying how the history was made, for the case file's {@code name}
 * @param asOf the day the question is asked; no fact is dated after it
 * @param facts the facts, in the order they happened (people and platforms first)
 */
record History(String name, LocalDate asOf, List<Fact> facts) {
    History {
        facts = List.copyOf(facts);
    }

    /** This history as a case file (policy-core/docs/case-files.md's YAML), ready for {@code policy decide}. */
    String asCaseFile() {
        return CaseFiles.write(new CaseFile(name, asOf, facts, "generated"));
    }

    /**
     * Decisions already made, by engine: every property of one generator sees the same histories (the seed
     * is fixed), so each is decided once per engine, not once per property. An engine decides the same
     * facts in the same order alike (the rules hold no state between decisions), so this changes no result.
     */
    private static final Map<PolicyEngine, Map<History, Decision>> DECIDED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static final int DECISIONS_KEPT = 8_192;

    /** What {@code engine} decides for this history. */
    Decision decideWith(PolicyEngine engine) {
        Map<History, Decision> decided = DECIDED.computeIfAbsent(engine, unused -> recent());
        synchronized (decided) {
            Decision known = decided.get(this);
            if (known != null) {
                return known;
            }
        }
        Decision decision = engine.decide(asOf, facts);
        synchronized (decided) {
            decided.put(this, decision);
        }
        return decision;
    }

    private static Map<History, Decision> recent() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<History, Decision> eldest) {
                return size() > DECISIONS_KEPT;
            }
        };
    }

    /** The facts of one type, in order. */
    <F extends Fact> Stream<F> factsOf(Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast);
    }

    /** This history with the facts that match {@code unwanted} left out. */
    History without(Predicate<Fact> unwanted) {
        return new History(name, asOf, facts.stream().filter(unwanted.negate()).toList());
    }

    /** This history with every fact passed through {@code change}. */
    History mapFacts(UnaryOperator<Fact> change) {
        return new History(name, asOf, facts.stream().map(change).toList());
    }

    /** This history with its facts in another order. */
    History reordered(List<Fact> sameFacts) {
        return new History(name, asOf, sameFacts);
    }

    /** This history asked about on another day, with more facts added at the end. */
    History then(LocalDate newAsOf, Fact... more) {
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(List.of(more));
        return new History(name, newAsOf, all);
    }
}
