package org.conductpolicy.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.PolicyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code policy} command line: {@code decide} prints what happens next for case files, {@code test}
 * runs casebooks, {@code check} checks the rules without a case. Exit codes: 0 when all is well (every case passed), 1 when a case failed, 2 for bad
 * input or bad rules, in which case nothing is printed on standard output.
 */
@Command(
        name = "policy",
        description =
                "Ask the conduct policy what happens next, test a casebook against the rules, or check the rules.",
        subcommands = {DecideCommand.class, TestCommand.class, CheckCommand.class})
public final class PolicyCommand implements Runnable {
    /** Bad input or bad rules: nothing was decided. */
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @CommandLine.Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        CommandLine commandLine = commandLine(Engines.BUILT_IN_OR_FOLDER);
        // Decisions are UTF-8 JSON whatever the platform's default charset, so that the bytes never vary.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line, its commands getting their engines from {@code engines}. */
    static CommandLine commandLine(Engines engines) {
        CommandLine commandLine = new CommandLine(new PolicyCommand(), new CommandFactory(engines));
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> {
            if (failure instanceof PolicyException problem) {
                failed.getErr().println("policy: " + problem.getMessage());
                return BAD_INPUT;
            }
            throw failure;
        });
        CommandLine decide = commandLine.getSubcommands().get("decide");
        decide.getHelpSectionMap()
                .put(
                        DecideCommand.KINDS_OF_CONDUCT,
                        help -> ((DecideCommand) help.commandSpec().userObject()).kindsOfConduct());
        List<String> sections = new ArrayList<>(decide.getHelpSectionKeys());
        sections.add(
                sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING),
                DecideCommand.KINDS_OF_CONDUCT);
        decide.setHelpSectionKeys(sections);
        return commandLine;
    }

    /** {@code policy} alone: say how to use it, as for any other bad input. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** Makes the commands with the engines to use; everything else as picocli does by default. */
    private record CommandFactory(Engines engines) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DecideCommand.class) {
                return type.cast(new DecideCommand(engines));
            }
            if (type == TestCommand.class) {
                return type.cast(new TestCommand(engines));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
