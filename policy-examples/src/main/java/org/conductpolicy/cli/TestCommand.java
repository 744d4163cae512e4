package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.io.CaseFileException;
import org.conductpolicy.io.CaseResult;
import org.conductpolicy.io.Casebook;
import org.conductpolicy.io.DecisionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy test PATH...}: runs every case file under the given files and folders and prints one
 * line per case, {@code PASS name} or {@code FAIL name} with what failed and the actions proposed, then
 * {@code N passed, N failed}.
 */
@Command(
        name = "test",
        description = {
            "Run every case file under the given files and folders (recursively) and check its expect and"
                    + " expectNot entries.",
            "Prints PASS or FAIL for each case, then 'N passed, N failed'. Exit code 0 when all pass, 1 when"
                    + " any fails (a file that cannot be read fails with the reason) or fewer rules fired than"
                    + " --min-coverage asks, 2 for a path that does not exist or rules that do not load."
        })
final class TestCommand implements Callable<Integer> {
    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Case files, or folders of them.")
    private List<Path> paths;

    @Option(
            names = "--coverage",
            description = "After the run, list the rules no case fired (FILE:LINE) and the clauses no case exercises.")
    private boolean coverage;

    @Option(
            names = "--min-coverage",
            paramLabel = "N",
            description = "Implies --coverage; exit 1 when fewer than N percent of the rules fired (0 to 100).")
    private Double minCoverage;

    TestCommand(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        List<Path> files = Casebook.caseFilesUnder(paths);
        if (files.isEmpty()) {
            throw CaseFileException.ofFile(
                    String.join(", ", paths.stream().map(Path::toString).toList()),
                    "holds no case files (.yaml, .yml or .json)");
        }
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new ParameterException(spec.commandLine(), "--min-coverage must be a percentage from 0 to 100");
        }
        PolicyEngine engine = engines.load(options.rules());
        Casebook casebook = new Casebook(engine);
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            CaseResult result = casebook.run(file);
            if (result.passed()) {
                passed++;
                out.println("PASS " + result.name());
            } else {
                failed++;
                printFailure(out, result);
            }
            out.flush();
        }
        out.println(passed + " passed, " + failed + " failed");
        boolean enough = true;
        if (coverage || minCoverage != null) {
            enough = Coverage.of(engine, files).report(out, minCoverage);
        }
        out.flush();
        return failed == 0 && enough ? 0 : 1;
    }

    private static void printFailure(PrintWriter out, CaseResult result) {
        out.println("FAIL " + result.name());
        if (!result.name().equals(result.file())) {
            out.println("  file: " + result.file());
        }
        result.failures().forEach(failure -> out.println("  " + failure));
        if (result.failures().stream().anyMatch(failure -> failure.startsWith("expected"))) {
            List<Action> proposed = result.proposed();
            if (proposed.isEmpty()) {
                out.println("  proposed: nothing");
            }
            proposed.forEach(action -> out.println("  proposed: " + DecisionJson.of(action)));
        }
    }
}
