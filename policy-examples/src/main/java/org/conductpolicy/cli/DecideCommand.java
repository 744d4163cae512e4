package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.DecisionJson;
import org.conductpolicy.vocabulary.ConductKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy decide FILE...}: prints each case file's decision as JSON, in the order given. Every
 * file is read and decided before anything is printed, so that bad input prints nothing.
 */
@Command(
        name = "decide",
        description = {
            "Print what happens next for each case file, as JSON (policy-core/docs/case-files.md), in the order given.",
            "A file that cannot be read stops the run: the reason goes to standard error, nothing to standard"
                    + " output, and the exit code is 2."
        })
final class DecideCommand implements Callable<Integer> {
    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Case files (.yaml, .yml or .json).")
    private List<Path> files;

    DecideCommand(Engines engines) {
        this.engines = engines;
    }

    /** The key of the help section that lists the kinds of conduct (see {@link #kindsOfConduct()}). */
    static final String KINDS_OF_CONDUCT = "kindsOfConduct";

    /**
     * The help section listing the kinds of conduct a case file may name: those of the rules in use (the
     * folder given with --rules, or the built-in rules), whose conduct table is read without compiling them.
     */
    String kindsOfConduct() {
        ConductTable table;
        try {
            table = options.rules() == null ? ConductTable.builtIn() : ConductTable.inRuleFolder(options.rules());
        } catch (PolicyException unloadable) {
            return "%nThe rules' conduct table does not load, so their kinds of conduct cannot be listed: %s%n"
                    .formatted(unloadable.getMessage());
        }
        StringBuilder section = new StringBuilder(
                "%nKinds of conduct an incident may name (conduct.properties of the rules in use):%n".formatted());
        int width =
                table.kinds().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (ConductKind kind : table.kinds().values()) {
            section.append("  ")
                    .append(String.format("%-" + width + "s", kind.name()))
                    .append("  ")
                    .append(kind.conductClass().wireName())
                    .append(' ')
                    .append(String.join(", ", kind.clauses()))
                    .append(String.format("%n"));
            if (kind.takesACharacteristic()) {
                section.append(String.format(
                        "    with a characteristic, one of: %s%n", String.join(", ", kind.characteristics())));
            }
        }
        return section.toString();
    }

    @Override
    public Integer call() {
        PolicyEngine engine = engines.load(options.rules());
        List<CaseFile> cases = new ArrayList<>();
        for (Path file : files) {
            cases.add(CaseFiles.read(file, engine.conductTable()));
        }
        List<String> decisions = new ArrayList<>();
        for (CaseFile caseFile : cases) {
            decisions.add(DecisionJson.of(engine.decide(caseFile.asOf(), caseFile.facts())));
        }
        PrintWriter out = spec.commandLine().getOut();
        decisions.forEach(out::print);
        out.flush();
        return 0;
    }
}
