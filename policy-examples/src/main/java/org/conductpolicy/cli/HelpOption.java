package org.conductpolicy.cli;

import picocli.CommandLine.Option;

/** {@code -h}, {@code --help}, which every command takes. */
final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;
}
