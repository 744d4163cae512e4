package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.SafeText;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.DecisionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy diff --rules NEW [--against OLD] CASE...}: decides every case file under both rule sets and
 * prints each case whose actions differ, then how many of how many do. Exit codes follow diff(1): 0 when
 * every case decides the same, 1 when some case decides differently, 2 for bad input or rules.
 */
@Command(
        name = "diff",
        description = {
            "Show what an edit of the rules changes: the cases whose actions differ under two rule sets.",
            "Decides every case file under the given files and folders with the rules in --rules and with the"
                    + " rules in --against (by default the built-in rules), and prints each case whose actions"
                    + " differ: '-' an action only the --against rules propose, '+' one only the --rules rules"
                    + " propose, '~' the same action with fields changed, the old value left of '|' (or above"
                    + " it) and the new right of it (or below it). Then 'N of M cases decide differently'.",
            "Exit code 0 when every case decides the same, 1 when some case decides differently, 2 for a case"
                    + " file that cannot be read or rules that do not load (as diff(1))."
        })
final class DiffCommand implements Callable<Integer> {
    /** The most characters an old and a new value may have together to share a line. */
    private static final int SIDE_BY_SIDE = 60;

    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(
            names = "--rules",
            paramLabel = "NEW",
            required = true,
            description = "The rule folder to try (an edited copy of the rules).")
    private Path rules;

    @Option(
            names = "--against",
            paramLabel = "OLD",
            description = "The rule folder to compare with (default: the built-in rules).")
    private Path against;

    @Parameters(paramLabel = "CASE", arity = "1..*", description = "Case files, or folders of them.")
    private List<Path> paths;

    DiffCommand(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        List<Path> files = CasePaths.filesUnder(paths);
        PolicyEngine before = engines.load(against);
        PolicyEngine after = engines.load(rules);
        List<String> report = new ArrayList<>();
        int differing = 0;
        for (Path file : files) {
            CaseFile old = CaseFiles.read(file, before.conductTable());
            CaseFile now = CaseFiles.read(file, after.conductTable());
            DecisionDiff diff = DecisionDiff.of(
                    before.decide(old.asOf(), old.facts()).actions(),
                    after.decide(now.asOf(), now.facts()).actions());
            if (!diff.isEmpty()) {
                differing++;
                describe(old, diff, report);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("--- " + (against == null ? "the built-in rules" : against));
        out.println("+++ " + rules);
        report.forEach(line -> out.println(SafeText.line(line)));
        out.println(differing + " of " + files.size() + " cases decide differently");
        out.flush();
        return differing == 0 ? 0 : 1;
    }

    private static void describe(CaseFile caseFile, DecisionDiff diff, List<String> report) {
        report.add("DIFF " + SafeText.of(caseFile.name()));
        report.add("  file: " + SafeText.line(caseFile.source()));
        diff.removed().forEach(action -> report.add("  - " + DecisionJson.of(action)));
        diff.added().forEach(action -> report.add("  + " + DecisionJson.of(action)));
        for (DecisionDiff.Change change : diff.changed()) {
            report.add("  ~ " + change.before().type().wireName() + " "
                    + change.same().entrySet().stream()
                            .map(field -> field.getKey() + " " + field.getValue())
                            .collect(Collectors.joining(", ")));
            Map<String, List<String>> differences = change.differences();
            int width =
                    differences.keySet().stream().mapToInt(String::length).max().orElse(0);
            differences.forEach((name, values) -> {
                String indent = "      " + " ".repeat(width) + "  ";
                String field = "      " + name + " ".repeat(width - name.length()) + "  ";
                if (values.get(0).length() + values.get(1).length() <= SIDE_BY_SIDE) {
                    report.add(field + values.get(0) + " | " + values.get(1));
                } else {
                    report.add(field + values.get(0));
                    report.add(indent + "| " + values.get(1));
                }
            });
        }
    }
}
