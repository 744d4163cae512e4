package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.letters.Letter;
import org.conductpolicy.letters.LetterFormat;
import org.conductpolicy.letters.Letters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy letter FILE}: the letter each {@code warn}, {@code ban} and {@code ban-for-life} of a case
 * file's decision needs ({@link Letters}), or only the one of the action numbered with {@code --action}.
 */
@Command(
        name = "letter",
        description = {
            "Print the letter each warn, ban and ban-for-life of a case file's decision needs (ESC-1 to ESC-5,"
                    + " ESC-7), a draft for the admin team's sign-off and the Secretary's log (ESC-4).",
            "Letters are written from templates: the built-in ones, or those of --template DIR"
                    + " (policy-rules/docs/officers-guide.md says how to edit one). A template that does not parse"
                    + " or names an unknown value is an error naming its file, and the exit code is 2."
        })
final class LetterCommand implements Callable<Integer> {
    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(
            names = "--action",
            paramLabel = "N",
            description = "Only the letter of the Nth action of the decision, counting from 1 as decide lists them.")
    private Integer action;

    @Option(
            names = "--template",
            paramLabel = "DIR",
            description = "Use the templates in DIR (such as warn.md.mustache); a template it does not hold is the"
                    + " built-in one.")
    private Path templates;

    @Option(names = "--format", paramLabel = "FORMAT", description = "markdown (the default) or text.")
    private LetterFormat format = LetterFormat.MARKDOWN;

    @Parameters(paramLabel = "FILE", description = "A case file (.yaml, .yml or .json).")
    private Path file;

    LetterCommand(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PolicyEngine engine = engines.load(options.rules());
        Letters letters = templates == null ? Letters.withBuiltInTemplates() : Letters.fromTemplateFolder(templates);
        CaseFile caseFile = CaseFiles.read(file, engine.conductTable());
        List<Letter> written;
        if (action == null) {
            written = letters.write(engine, caseFile.asOf(), caseFile.facts(), format);
        } else {
            List<Action> actions =
                    engine.decide(caseFile.asOf(), caseFile.facts()).actions();
            if (action < 1 || action > actions.size()) {
                throw new PolicyException(
                        "--action " + action + ": the decision has " + actions.size() + " actions, numbered from 1");
            }
            Action chosen = actions.get(action - 1);
            if (!Letters.NEEDING_A_LETTER.contains(chosen.type())) {
                throw new PolicyException("--action " + action + " is "
                        + chosen.type().wireName() + ", which needs no letter: only warn, ban and ban-for-life do");
            }
            written = List.of(letters.write(engine, caseFile.asOf(), caseFile.facts(), chosen, format));
        }
        PrintWriter out = spec.commandLine().getOut();
        String between = format == LetterFormat.MARKDOWN ? "\n---\n\n" : "\n========\n\n";
        for (int i = 0; i < written.size(); i++) {
            out.print((i == 0 ? "" : between) + written.get(i).text());
        }
        if (written.isEmpty()) {
            spec.commandLine().getErr().println("policy: the decision has no warn, ban or ban-for-life: no letter");
        }
        out.flush();
        return 0;
    }
}
