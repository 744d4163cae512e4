package org.conductpolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFileException;
import org.conductpolicy.io.CaseFileFormat;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.DecisionJson;
import org.conductpolicy.vocabulary.ConductKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy decide FILE...}: prints each case file's decision as JSON, in the order given: one file's
 * as a document, several files' as JSON Lines, a line each with its file. {@code -} is standard input.
 * Every file is read and decided before anything is printed, so that bad input prints nothing. With {@code
 * --batch}, {@link BatchDecide} decides folders and JSON Lines instead, printing as it goes.
 */
@Command(
        name = "decide",
        description = {
            "Print what happens next for each case file, as JSON (policy-core/docs/case-files.md), in the order"
                    + " given.",
            "For one file, the decision as a JSON document; for several, JSON Lines: one line per file,"
                    + " {\"file\": FILE, \"asOf\": ..., \"actions\": [...]}.",
            "FILE '-' reads a case from standard input, as YAML unless --stdin-format json is given.",
            "A file that cannot be read stops the run: the reason goes to standard error, nothing to standard"
                    + " output, and the exit code is 2 (with --batch, see below)."
        })
final class DecideCommand implements Callable<Integer> {
    /** The name messages give standard input by. */
    static final String STANDARD_INPUT = "standard input";

    static final Path DASH = Path.of("-");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engines engines;
    private final Supplier<InputStream> stdin;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(
            names = "--stdin-format",
            paramLabel = "FORMAT",
            defaultValue = "yaml",
            converter = StdinFormats.class,
            completionCandidates = StdinFormats.class,
            description = "How to read FILE '-', standard input: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private CaseFileFormat stdinFormat;

    @Option(
            names = "--batch",
            description = {
                "Decide many cases over every core, printing a JSON line per case, in input order, as each is"
                        + " decided: {\"file\": FILE, ...} or, from '-', {\"line\": N, ...}.",
                "FILE may be a folder (its case files, in name order); '-' reads JSON Lines, one case a line.",
                "A case that cannot be read or decided gets {..., \"error\": REASON} in its place; the others are"
                        + " still decided, and the exit code is 1."
            })
    private boolean batch;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Case files (.yaml, .yml or .json), or '-' for standard input.")
    private List<Path> files;

    DecideCommand(Engines engines, Supplier<InputStream> stdin) {
        this.engines = engines;
        this.stdin = stdin;
    }

    /** The formats standard input may be read in: the case files' own. */
    static final class StdinFormats extends LowerCaseNames<CaseFileFormat> {
        StdinFormats() {
            super(CaseFileFormat.class);
        }
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
        if (batch) {
            BatchDecide.Progress progress =
                    new BatchDecide.Progress(spec.commandLine().getErr(), System.console() != null);
            int failed = new BatchDecide(engine, spec.commandLine().getOut(), progress).run(files, stdin);
            return failed == 0 ? 0 : 1;
        }
        List<CaseFile> cases = new ArrayList<>();
        for (Path file : files) {
            cases.add(read(file, engine));
        }
        List<String> decisions = new ArrayList<>();
        for (CaseFile caseFile : cases) {
            String decision = DecisionJson.of(engine.decide(caseFile.asOf(), caseFile.facts()));
            decisions.add(cases.size() == 1 ? decision : jsonLine(caseFile.source(), decision));
        }
        PrintWriter out = spec.commandLine().getOut();
        decisions.forEach(out::print);
        out.flush();
        return 0;
    }

    private CaseFile read(Path file, PolicyEngine engine) {
        if (file.equals(DASH)) {
            String text;
            try {
                text = new String(stdin.get().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw CaseFileException.ofFile(STANDARD_INPUT, "cannot be read: " + unreadable.getMessage());
            }
            return CaseFiles.parse(text, STANDARD_INPUT, stdinFormat, engine.conductTable());
        }
        if (Files.isDirectory(file)) {
            throw CaseFileException.ofFile(
                    file.toString(),
                    "is a folder: decide reads case files; 'policy test' runs every case file in a folder");
        }
        return CaseFiles.read(file, engine.conductTable());
    }

    /** The decision as one line of JSON Lines, its file first. */
    private static String jsonLine(String file, String decision) {
        try {
            ObjectNode line = JSON.createObjectNode().put("file", file);
            line.setAll((ObjectNode) JSON.readTree(decision));
            return JSON.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("DecisionJson wrote a decision that is not JSON", notJson);
        }
    }
}
