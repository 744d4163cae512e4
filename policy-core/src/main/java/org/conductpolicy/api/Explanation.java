package org.conductpolicy.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.conductpolicy.api.fact.FactType;

/**
 * A decision with what the engine matched to reach it ({@link PolicyEngine#explain}): for each action, the
 * text of the clauses it cites and the given facts behind it; and why steps a reader might expect were
 * not taken. Everything here was recorded while the rules fired, not worked out again afterwards.
 *
 * @param decision the decision, equal to what {@link PolicyEngine#decide} gives for the same facts
 * @param steps one per action of the decision, in its order
 * @param whyNots why a step was not taken, by what it is about, then by sentence
 * @param firedRules the name of every rule that fired while deciding, including classification rules
 */
public record Explanation(Decision decision, List<Step> steps, List<WhyNot> whyNots, SortedSet<String> firedRules) {
    public Explanation {
        Objects.requireNonNull(decision, "decision");
        steps = List.copyOf(steps);
        whyNots = whyNots.stream().sorted().toList();
        firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
    }

    /**
     * One action and what it rests on.
     *
     * @param action the action; {@link Action#rule()} names the rule that proposed it
     * @param clauses the text of each clause it cites, by id, in the action's clause order
     * @param matched the given facts with ids that the proposing rule matched, directly or through the
     *     facts the rules derived from them, by type, then id
     */
    public record Step(Action action, Map<String, String> clauses, List<FactId> matched) {
        public Step {
            Objects.requireNonNull(action, "action");
            clauses = Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
            matched = matched.stream().distinct().sorted().toList();
        }
    }

    /**
     * Why a step was not taken: an incident that earned no step of the ladder (or a lower one than an
     * earlier sanction might suggest), an appeal or complaint not yet decided and what it waits for.
     *
     * @param about the id of the incident, appeal or complaint
     * @param because one sentence, with its dates
     * @param rule the rule that said so
     * @param clauses the clauses that rule cites
     */
    public record WhyNot(String about, String because, String rule, List<String> clauses)
            implements Comparable<WhyNot> {
        public WhyNot {
            Objects.requireNonNull(about, "about");
            Objects.requireNonNull(because, "because");
            Objects.requireNonNull(rule, "rule");
            clauses = List.copyOf(clauses);
        }

        @Override
        public int compareTo(WhyNot other) {
            int order = about.compareTo(other.about);
            return order != 0 ? order : because.compareTo(other.because);
        }
    }

    /**
     * A given fact, by type and id, as a case file names it: {@code incident i2}.
     *
     * @param type its type
     * @param id its id
     */
    public record FactId(FactType type, String id) implements Comparable<FactId> {
        public FactId {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public int compareTo(FactId other) {
            int order = type.wireName().compareTo(other.type.wireName());
            return order != 0 ? order : id.compareTo(other.id);
        }

        @Override
        public String toString() {
            return type.wireName() + " " + id;
        }
    }
}
