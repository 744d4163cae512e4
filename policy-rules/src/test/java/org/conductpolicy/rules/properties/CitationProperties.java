package org.conductpolicy.rules.properties;

import java.util.Optional;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.PolicyEngine;

/** What every action owes its reader: the clauses that require it, and why (policy-core/docs/case-files.md). */
final class CitationProperties {
    private CitationProperties() {}

    // ESC-4: accurate records; policy-core/docs/case-files.md: clauses and because on every action.
    static final PolicyProperty EVERY_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY = PolicyProperty.of(
            "every action cites at least one clause of the catalogue and says why",
            CitationProperties::everyActionCitesAClauseAndSaysWhy);

    static final PolicyProperty EVERY_GOVERNANCE_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY = PolicyProperty.of(
            "over the governance histories, every action cites at least one clause of the catalogue and says why",
            GovernanceHistories.histories(),
            CitationProperties::everyActionCitesAClauseAndSaysWhy);

    private static Optional<String> everyActionCitesAClauseAndSaysWhy(PolicyEngine engine, History history) {
        for (Action action : history.decideWith(engine).actions()) {
            if (action.clauses().isEmpty()) {
                return Optional.of(action.type().wireName() + " " + action.fields() + " cites no clause");
            }
            Optional<String> unknown = action.clauses().stream()
                    .filter(clause -> !engine.clauses().containsKey(clause))
                    .findFirst();
            if (unknown.isPresent()) {
                return Optional.of(action.type().wireName() + " " + action.fields() + " cites " + unknown.get()
                        + ", which the catalogue does not list");
            }
            if (action.because().isBlank()) {
                return Optional.of(action.type().wireName() + " " + action.fields() + " does not say why");
            }
        }
        return Optional.empty();
    }
}
