package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.conductpolicy.api.Explanation;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.PolicyRule;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;

/**
 * What a casebook's cases exercise of the rules, for {@code policy test --coverage}: the rules no case
 * fires, by file and line, from each case's {@linkplain PolicyEngine#explain explanation} (the same trace of
 * firings), and the clauses no case exercises, in the catalogue's order: those no fired rule cites, no action
 * cites and no incident's kind of conduct names in the conduct table, leaving out the clauses the catalogue
 * marks as no rule's to decide. A case file that cannot be read or decided adds nothing.
 */
final class Coverage {
    private final List<PolicyRule> rules;
    private final List<PolicyRule> neverFired;
    private final List<String> clausesNotExercised;

    private Coverage(List<PolicyRule> rules, List<PolicyRule> neverFired, List<String> clausesNotExercised) {
        this.rules = rules;
        this.neverFired = neverFired;
        this.clausesNotExercised = clausesNotExercised;
    }

    /** The coverage of the case files under {@code engine}. */
    static Coverage of(PolicyEngine engine, List<Path> files) {
        SortedSet<String> fired = new TreeSet<>();
        Set<String> exercised = new HashSet<>();
        for (Path file : files) {
            try {
                CaseFile caseFile = CaseFiles.read(file, engine.conductTable());
                Explanation explanation = engine.explain(caseFile.asOf(), caseFile.facts());
                fired.addAll(explanation.firedRules());
                explanation
                        .steps()
                        .forEach(step -> exercised.addAll(step.action().clauses()));
                caseFile.facts().stream()
                        .filter(Incident.class::isInstance)
                        .map(incident -> engine.conductTable().kinds().get(((Incident) incident).conduct()))
                        .forEach(kind -> exercised.addAll(kind.clauses()));
            } catch (PolicyException failed) {
                // The run has already failed this case with the reason; it exercises nothing.
            }
        }
        List<PolicyRule> rules = engine.rules();
        rules.stream().filter(rule -> fired.contains(rule.name())).forEach(rule -> exercised.addAll(rule.clauses()));
        List<String> notExercised = engine.clauses().keySet().stream()
                .filter(id -> !engine.clauseMarks().containsKey(id) && !exercised.contains(id))
                .toList();
        List<PolicyRule> neverFired = rules.stream()
                .filter(rule -> !fired.contains(rule.name()))
                .sorted(Comparator.comparing(PolicyRule::file).thenComparingInt(PolicyRule::line))
                .toList();
        return new Coverage(rules, neverFired, notExercised);
    }

    /** The share of the rules that some case fired, in percent; 100 for a rule set with no rules. */
    private double percent() {
        return rules.isEmpty() ? 100 : 100.0 * (rules.size() - neverFired.size()) / rules.size();
    }

    /**
     * Prints how many rules fired, each rule that never did with its FILE:LINE, then the clauses not
     * exercised; then, when fewer than {@code minimum} percent of the rules fired, says so.
     *
     * @param minimum the percentage asked for with --min-coverage, or {@code null} for none
     * @return whether at least {@code minimum} percent fired (always, with no minimum)
     */
    boolean report(PrintWriter out, Double minimum) {
        out.println("coverage: " + (rules.size() - neverFired.size()) + " of " + rules.size() + " rules fired ("
                + percentText(percent()) + ")");
        neverFired.forEach(rule -> out.println("  never fired: " + rule.place() + ": \"" + rule.name() + "\""));
        out.println(
                clausesNotExercised.isEmpty()
                        ? "  every clause a rule decides is exercised"
                        : "  clauses no case exercises: " + String.join(", ", clausesNotExercised));
        if (minimum != null && percent() < minimum) {
            out.println("coverage " + percentText(percent()) + " is below the minimum of " + percentText(minimum));
            return false;
        }
        return true;
    }

    private static String percentText(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
