package org.conductpolicy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conductpolicy.api.PolicyRule;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The clauses each rule cites in its {@code @clause("ESC-2, INT-1")} metadata. Every rule must cite at
 * least one clause, and only clauses the catalogue knows and does not mark as no rule's to decide: a rule
 * that does not is a load error. Queries
 * are helpers of rules and cite nothing.
 */
final class RuleCitations {
    static final String METADATA_KEY = "clause";

    private final Map<String, List<String>> clausesByRule;
    private final List<PolicyRule> rules;

    private RuleCitations(Map<String, List<String>> clausesByRule, List<PolicyRule> rules) {
        this.clausesByRule = clausesByRule;
        this.rules = rules;
    }

    static RuleCitations of(KieBase kieBase, ClauseCatalogue catalogue, RuleSources sources) {
        Map<String, List<String>> clausesByRule = new TreeMap<>();
        Map<String, PolicyRule> rules = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        kieBase.getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream())
                .filter(rule -> !(rule instanceof RuleImpl impl && impl.isQuery()))
                .forEach(rule -> {
                    List<String> cited = cited(rule);
                    if (cited.isEmpty()) {
                        problems.add(sources.problemInRule(
                                rule, "rule \"" + rule.getName() + "\" cites no clause: add @clause(\"ID\")"));
                    }
                    cited.stream()
                            .filter(id -> !catalogue.texts().containsKey(id))
                            .forEach(id -> problems.add(sources.problemInRule(
                                    rule,
                                    "rule \"" + rule.getName() + "\" cites '" + id
                                            + "', which the clause catalogue does not list")));
                    cited.stream()
                            .filter(catalogue.marks()::containsKey)
                            .forEach(id -> problems.add(sources.problemInRule(
                                    rule,
                                    "rule \"" + rule.getName() + "\" cites '" + id
                                            + "', which the clause catalogue marks "
                                            + catalogue.marks().get(id).kind().wireName()
                                            + ": a rule decides it, so remove the mark")));
                    clausesByRule.put(rule.getName(), cited);
                    rules.put(rule.getName(), sources.place(rule, cited));
                });
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        return new RuleCitations(clausesByRule, List.copyOf(rules.values()));
    }

    /** The clauses a rule cites, in the order written. */
    List<String> clausesOf(String ruleName) {
        return clausesByRule.getOrDefault(ruleName, List.of());
    }

    /** Every rule, by name, with its place and clauses. */
    List<PolicyRule> rules() {
        return rules;
    }

    int ruleCount() {
        return clausesByRule.size();
    }

    private static List<String> cited(Rule rule) {
        Object value = rule.getMetaData().get(METADATA_KEY);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().replace("\"", "").split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
    }
}
