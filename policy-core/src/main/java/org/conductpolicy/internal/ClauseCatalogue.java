package org.conductpolicy.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.conductpolicy.api.ClauseMark;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.WireName;

/**
 * Reads {@code clauses.properties}: each clause id the rules may cite, with its text ({@code ESC-2 = ...}),
 * and the clauses no rule decides, each marked with its kind and why ({@code SM-3.organisational = ...}).
 *
 * @param texts each clause's text, by id
 * @param marks the marked clauses, by id: a rule may not cite them
 */
record ClauseCatalogue(SortedMap<String, String> texts, SortedMap<String, ClauseMark> marks) {
    static final String NAME = "clauses.properties";

    static ClauseCatalogue parse(String file, String text) {
        Map<String, PropertiesText.Entry> entries =
                PropertiesText.entries(file, text, "'id = text', such as 'ESC-2 = Another breach within 12 months...'");
        SortedMap<String, String> texts = new TreeMap<>();
        List<PropertiesText.Entry> markEntries = new ArrayList<>();
        entries.values().forEach(entry -> {
            if (entry.key().contains(".")) {
                markEntries.add(entry);
            } else {
                texts.put(entry.key(), entry.value());
            }
        });
        if (texts.isEmpty()) {
            throw new PolicyRulesException(List.of(new RuleProblem(file, 0, "lists no clauses")));
        }
        SortedMap<String, ClauseMark> marks = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (PropertiesText.Entry entry : markEntries) {
            String key = entry.key();
            String id = key.substring(0, key.indexOf('.'));
            String kind = key.substring(key.indexOf('.') + 1);
            String problem = problemOf(id, kind, entry.value(), texts, marks);
            if (problem != null) {
                problems.add(new RuleProblem(file, entry.line(), "'" + key + "' " + problem));
            } else {
                marks.put(
                        id,
                        new ClauseMark(
                                WireName.parse(ClauseMark.Kind.class, kind).orElseThrow(), entry.value()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        return new ClauseCatalogue(Collections.unmodifiableSortedMap(texts), Collections.unmodifiableSortedMap(marks));
    }

    /** What is wrong with the mark {@code id.kind = reason}, or {@code null} when nothing is. */
    private static String problemOf(
            String id,
            String kind,
            String reason,
            SortedMap<String, String> texts,
            SortedMap<String, ClauseMark> marks) {
        if (WireName.parse(ClauseMark.Kind.class, kind).isEmpty()) {
            return "marks " + id + " as '" + kind + "': a clause is marked " + WireName.allOf(ClauseMark.Kind.class)
                    + " (or not at all)";
        }
        if (!texts.containsKey(id)) {
            return "marks " + id + ", which the catalogue does not list: give its text as " + id + " = ...";
        }
        if (marks.containsKey(id)) {
            return "marks " + id + " a second time: a clause has one mark";
        }
        if (reason.isEmpty()) {
            return "gives no reason: say in one line why no fact can decide " + id;
        }
        return null;
    }
}
