package org.conductpolicy.internal;

import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/** Reads {@code clauses.properties}: each clause id the rules may cite, with its text. */
final class ClauseCatalogue {
    static final String NAME = "clauses.properties";

    private ClauseCatalogue() {}

    static SortedMap<String, String> parse(String file, String text) {
        Properties properties = PropertiesText.load(file, text);
        SortedMap<String, String> clauses = new TreeMap<>();
        properties
                .stringPropertyNames()
                .forEach(id -> clauses.put(id, properties.getProperty(id).strip()));
        if (clauses.isEmpty()) {
            throw new PolicyRulesException(List.of(new RuleProblem(file, 0, "lists no clauses")));
        }
        return Collections.unmodifiableSortedMap(clauses);
    }
}
