package org.conductpolicy.internal;

import java.util.SortedMap;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.kie.api.KieBase;

/** A loaded rule set: the compiled rules, the numbers they use and the clauses they may cite. */
record RuleSet(String origin, KieBase kieBase, PolicyParameters parameters, SortedMap<String, String> clauses) {}
