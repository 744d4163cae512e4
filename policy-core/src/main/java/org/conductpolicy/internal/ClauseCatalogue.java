package org.conductpolicy.internal;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/** Reads {@code clauses.properties}: each clause id the rules may cite, with its text. */
final class ClauseCatalogue {
    static final String NAME = "clauses.properties";

    private ClauseCatalogue() {}

    static SortedMap<String, String> parse(String file, String text) {
        SortedMap<String, String> clauses = new TreeMap<>();
        PropertiesText.entries(file, text, "'id = text', such as 'ESC-2 = Another breach within 12 months...'")
                .forEach((id, entry) -> clauses.put(id, entry.value()));
        if (clauses.isEmpty()) {
            throw new PolicyRulesException(List.of(new RuleProblem(file, 0, "lists no clauses")));
        }
        return Collections.unmodifiableSortedMap(clauses);
    }
}
