package org.conductpolicy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.io.CaseResult;
import org.conductpolicy.io.Casebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy test PATH...}: runs every case file under the given files and folders and reports each
 * case's result in the {@link TestFormat} asked for, on standard output or in the file given with {@code
 * --output}. The exit code is the same whatever the format: 0 when every case passes, 1 when one fails.
 */
@Command(
        name = "test",
        description = {
            "Run every case file under the given files and folders (recursively) and check its expect and"
                    + " expectNot entries.",
            "Prints PASS or FAIL for each case, then 'N passed, N failed' (or, with --format, a JUnit XML or"
                    + " JSON report). Exit code 0 when all pass, 1 when any fails (a file that cannot be read fails"
                    + " with the reason) or fewer rules fired than --min-coverage asks, 2 for a path that does not"
                    + " exist or rules that do not load."
        })
final class TestCommand implements Callable<Integer> {
    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = TestFormat.Names.class,
            description = "How to report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = TestFormat.Names.class)
    private TestFormat format;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE (its folders made if need be) instead of standard output,"
                    + " which then gets only the closing 'N passed, N failed'.")
    private Path output;

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
        List<Path> files = CasePaths.filesUnder(paths);
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new ParameterException(spec.commandLine(), "--min-coverage must be a percentage from 0 to 100");
        }
        PolicyEngine engine = engines.load(options.rules());
        Casebook casebook = new Casebook(engine);
        PrintWriter out = spec.commandLine().getOut();
        TestTally tally = new TestTally();
        try (PrintWriter reportTo = output == null ? null : new PrintWriter(openOutput())) {
            TestReport report = format.reportTo(reportTo == null ? out : reportTo);
            for (Path file : files) {
                CaseResult result = casebook.run(file);
                tally.add(result);
                report.add(result);
            }
            report.finish(tally);
        }
        if (output != null) {
            out.println(tally);
            out.flush();
        }
        boolean enough = true;
        if (coverage || minCoverage != null) {
            // A JUnit or JSON report on standard output stays one document: coverage then goes to standard error.
            PrintWriter coverageTo = format == TestFormat.TEXT || output != null
                    ? out
                    : spec.commandLine().getErr();
            enough = Coverage.of(engine, files).report(coverageTo, minCoverage);
            coverageTo.flush();
        }
        return tally.failed() == 0 && enough ? 0 : 1;
    }

    private Writer openOutput() {
        try {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new PolicyException(output + ": cannot be written: " + unwritable.getMessage());
        }
    }
}
