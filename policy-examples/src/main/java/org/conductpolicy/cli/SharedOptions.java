package org.conductpolicy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command takes: which rules to use, and help. */
final class SharedOptions {
    @Mixin
    private HelpOption help;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Use the rule files in DIR (an edited copy of the rules) instead of the built-in ones.")
    private Path rules;

    /** The folder given with --rules, or {@code null} for the built-in rules. */
    Path rules() {
        return rules;
    }
}
