package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import java.io.InputStream;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds only the command a run names, and every command when a run names none. */
class PolicyCommandTest {
    private static final Engines NO_RULES = rules -> {
        throw new AssertionError("building the command line loads no rules");
    };
    private static final Supplier<InputStream> NO_INPUT = InputStream::nullInputStream;

    @Test
    void aRunThatNamesACommandBuildsThatCommandAlone() {
        // Given a run of `policy decide FILE`
        // When its command line is built
        CommandLine policy = PolicyCommand.commandLine(NO_RULES, NO_INPUT, "decide", "case.yaml");

        // Then it holds decide, and none of the other commands picocli would read the options of
        assertThat(policy.getSubcommands()).containsOnlyKeys("decide");
    }

    @Test
    void aRunThatNamesNoCommandBuildsEveryCommandSoHelpListsThemAll() {
        // Given runs that name no command: help, the version, a mistyped command, nothing
        for (String[] args : new String[][] {{"--help"}, {"-V"}, {"decid", "case.yaml"}, {}}) {
            // When their command lines are built
            CommandLine policy = PolicyCommand.commandLine(NO_RULES, NO_INPUT, args);

            // Then each holds every command, in the order help lists them
            assertThat(policy.getSubcommands().keySet())
                    .containsExactly(
                            "decide", "test", "check", "explain", "diff", "verify", "standing", "letter", "rules");
        }
    }

    @Test
    void aMistypedCommandIsRefusedWithTheCommandsThereAre() {
        // Given a run that misspells decide
        // When it runs
        Run run = policy("decid", "case.yaml");

        // Then it is refused as bad input, naming the command it may have meant
        assertThat(run.exitCode()).isEqualTo(PolicyCommand.BAD_INPUT);
        assertThat(run.err()).contains("decid").contains("decide");
    }
}
