package org.conductpolicy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code policy} command line: {@code decide} prints what happens next for case files, {@code test}
 * runs casebooks, {@code check} checks the rules without a case, {@code explain} says what a case's decision rests on and why steps were not taken,
 * {@code diff} shows what an edit of the rules changes, {@code verify} checks the rules against the
 * policy's invariants, {@code standing} and {@code letter} say where people stand and write their letters,
 * {@code rules export} writes the built-in rules to a folder. Exit codes: 0 when all is well (every case
 * passed), 1 when a case failed (or, for {@code diff}, decided differently; for {@code verify}, an
 * invariant is broken; for {@code test --min-coverage}, too few rules fired), 2 for bad input or bad
 * rules, in which case nothing is printed on standard output, 3 for an internal failure (out of memory,
 * a stack overflow, any exception the program did not foresee), reported in one line without a stack trace.
 */
@Command(
        name = "policy",
        description = "Ask the conduct policy what happens next, explain it, or test and check rules against it.",
        versionProvider = PolicyCommand.Version.class)
public final class PolicyCommand implements Runnable {
    /** Bad input or bad rules: nothing was decided. */
    static final int BAD_INPUT = 2;

    /**
     * An internal failure, such as running out of memory: a fault of the program, not of the input or the
     * rules; nothing was decided.
     */
    static final int INTERNAL_FAILURE = 3;

    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            DecideCommand.class,
            TestCommand.class,
            CheckCommand.class,
            ExplainCommand.class,
            DiffCommand.class,
            VerifyCommand.class,
            StandingCommand.class,
            LetterCommand.class,
            RulesCommand.class);

    @Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private HelpOption help;

    @CommandLine.Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "Print the version of the command line (the project's) and exit.")
    private boolean version;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        CommandLine commandLine = commandLine(Engines.BUILT_IN_OR_FOLDER, () -> System.in, args);
        // Decisions are UTF-8 JSON whatever the platform's default charset, so that the bytes never vary.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line with every command, its commands getting their engines from {@code engines}. */
    static CommandLine commandLine(Engines engines) {
        return commandLine(engines, () -> System.in);
    }

    /**
     * The commands a run with {@code args} needs: the one it names, or every one (for help, or to say what
     * the commands are). picocli reads every command's options as the command is added: a run of {@code
     * decide} that builds only decide starts about 3 % sooner than one that builds all nine.
     */
    private static List<Class<?>> commandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                Command named = command.getAnnotation(Command.class);
                if (named.name().equals(args[0]) || List.of(named.aliases()).contains(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /**
     * The command line for a run with {@code args}, its commands getting their engines from {@code engines}
     * and standard input from {@code stdin}: with only the command {@code args} name, or every command when
     * they name none (help, the version, a mistyped name).
     */
    static CommandLine commandLine(Engines engines, Supplier<InputStream> stdin, String... args) {
        CommandLine commandLine = new CommandLine(new PolicyCommand(), new CommandFactory(engines, stdin));
        commandsFor(args).forEach(commandLine::addSubcommand);
        // Options spell their values as case files do, in lower case: --format text.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> {
            if (failure instanceof PolicyException problem) {
                failed.getErr().println("policy: " + SafeText.line(problem.getMessage()));
                failed.getErr().flush();
                return BAD_INPUT;
            }
            return internalFailure(failed, failure);
        });
        // picocli hands an Exception to the handler above; an Error (out of memory, stack overflow) it lets
        // through, to be caught here.
        commandLine.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error failure) {
                return internalFailure(parsed.commandSpec().commandLine(), failure);
            }
        });
        CommandLine decide = commandLine.getSubcommands().get("decide");
        if (decide != null) {
            addKindsOfConduct(decide);
        }
        return commandLine;
    }

    /** {@code decide}'s help ends with the kinds of conduct a case file may name, from the rules in use. */
    private static void addKindsOfConduct(CommandLine decide) {
        decide.getHelpSectionMap()
                .put(
                        DecideCommand.KINDS_OF_CONDUCT,
                        help -> ((DecideCommand) help.commandSpec().userObject()).kindsOfConduct());
        List<String> sections = new ArrayList<>(decide.getHelpSectionKeys());
        sections.add(
                sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING),
                DecideCommand.KINDS_OF_CONDUCT);
        decide.setHelpSectionKeys(sections);
    }

    /**
     * A failure of the program, not of the input or the rules: one line, no stack trace, its own exit code.
     */
    private static int internalFailure(CommandLine failed, Throwable failure) {
        failed.getErr()
                .println("policy: internal failure (" + failure.getClass().getSimpleName()
                        + "): nothing was decided; this is a fault of the program, not of the case or the rules:"
                        + " please report it");
        failed.getErr().flush();
        return INTERNAL_FAILURE;
    }

    /** {@code policy} alone: say how to use it, as for any other bad input. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name a command: "
                        + String.join(", ", spec.commandLine().getSubcommands().keySet()));
    }

    /** The project's version, which the build writes into {@code version.properties} beside this class. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties version = new Properties();
            try (InputStream in = PolicyCommand.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is not beside the command line's classes");
                }
                version.load(in);
            }
            return new String[] {"policy " + version.getProperty("version")};
        }
    }

    /** Makes the commands with the engines to use; everything else as picocli does by default. */
    private record CommandFactory(Engines engines, Supplier<InputStream> stdin) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DecideCommand.class) {
                return type.cast(new DecideCommand(engines, stdin));
            }
            if (type == TestCommand.class) {
                return type.cast(new TestCommand(engines));
            }
            if (type == DiffCommand.class) {
                return type.cast(new DiffCommand(engines));
            }
            if (type == VerifyCommand.class) {
                return type.cast(new VerifyCommand(engines));
            }
            if (type == StandingCommand.class) {
                return type.cast(new StandingCommand(engines));
            }
            if (type == LetterCommand.class) {
                return type.cast(new LetterCommand(engines));
            }
            if (type == ExplainCommand.class) {
                return type.cast(new ExplainCommand(engines));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
