package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** What {@code engine} decides for this history. */
    Decision decideWith(PolicyEngine engine) {
        return engine.decide(asOf, facts);
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
