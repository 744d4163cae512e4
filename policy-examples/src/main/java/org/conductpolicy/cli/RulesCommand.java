package org.conductpolicy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy rules ...}: the rule files themselves; for now {@code export DIR}. */
@Command(
        name = "rules",
        description = "Work with the rule files themselves.",
        subcommands = {RulesCommand.Export.class})
final class RulesCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: export");
    }

    /**
     * {@code policy rules export DIR}: writes the built-in rules into DIR, so that an officer can start an
     * edit without the source tree; {@code --rules DIR} then decides as the built-in rules do.
     */
    @Command(
            name = "export",
            description = {
                "Write the built-in rules (every .drl file, parameters.properties, clauses.properties and"
                        + " conduct.properties) into DIR, made if need be, to start an edit: --rules DIR then"
                        + " decides every case as the built-in rules do.",
                "A DIR that is not empty is refused (exit code 2) unless --force is given."
            })
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private HelpOption help;

        @Option(
                names = "--force",
                description = "Write into a folder that is not empty, overwriting the files of the same names"
                        + " (other files are left as they are, and a .drl file among them is still loaded).")
        private boolean force;

        @Parameters(paramLabel = "DIR", description = "The folder to write the rules into.")
        private Path folder;

        @Override
        public Integer call() {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new PolicyException(folder + ": is a file, not a folder");
            }
            if (!force && holdsAnything(folder)) {
                throw new PolicyException(folder + ": is not empty; export into a new or empty folder, or give"
                        + " --force to overwrite the files of the same names");
            }
            List<Path> written = PolicyEngine.exportDefaultRules(folder);
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote the built-in rules (" + written.size() + " files) to " + folder);
            out.flush();
            return 0;
        }

        private static boolean holdsAnything(Path folder) {
            if (!Files.isDirectory(folder)) {
                return false;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.findAny().isPresent();
            } catch (IOException unreadable) {
                throw new PolicyException(folder + ": cannot be read: " + unreadable.getMessage());
            }
        }
    }
}
