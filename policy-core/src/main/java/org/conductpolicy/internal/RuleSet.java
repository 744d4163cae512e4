package org.conductpolicy.internal;

import java.util.SortedMap;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.kie.api.KieBase;

/**
 * A loaded rule set: the compiled rules, the numbers they use, the clauses they may cite and the kinds
 * of conduct they classify.
 */
record RuleSet(
        String origin,
        KieBase kieBase,
        PolicyParameters parameters,
        SortedMap<String, String> clauses,
        ConductTable conduct) {}
