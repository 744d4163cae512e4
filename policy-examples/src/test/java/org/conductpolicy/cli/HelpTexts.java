package org.conductpolicy.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The help of {@code policy} and of each of its commands, as a user sees it, for tests outside this
 * package (the command line's classes are package-private). Printing help loads no rules.
 */
public final class HelpTexts {
    private HelpTexts() {}

    /** Each command's name, {@code policy} first, with its {@code --help} text. */
    public static Map<String, String> byCommand() {
        CommandLine policy = PolicyCommand.commandLine(rules -> {
            throw new AssertionError("help loads no rules");
        });
        Map<String, String> help = new LinkedHashMap<>();
        help.put(policy.getCommandName(), policy.getUsageMessage());
        policy.getSubcommands().forEach((name, command) -> help.put(name, command.getUsageMessage()));
        return help;
    }
}
