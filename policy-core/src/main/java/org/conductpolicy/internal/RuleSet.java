package org.conductpolicy.internal;

import org.conductpolicy.api.ConductTable;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.kie.api.KieBase;

/**
 * A loaded rule set: the compiled rules, the numbers they use, the clause catalogue (the clauses they may
 * cite, and those marked as no rule's to decide) and the kinds of conduct they classify.
 *
 * @param version the digest of its files ({@link RulesVersion}), on each of its decisions
 */
record RuleSet(
        String origin,
        String version,
        KieBase kieBase,
        PolicyParameters parameters,
        ClauseCatalogue clauses,
        ConductTable conduct) {}
