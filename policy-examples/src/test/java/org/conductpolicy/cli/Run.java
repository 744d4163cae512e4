package org.conductpolicy.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.conductpolicy.api.PolicyEngine;
import picocli.CommandLine;

/**
 * One run of the {@code policy} command line, in process: its exit code and what it printed. The built-in
 * engine is compiled once for every test; --rules still loads the folder given.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record Run(int exitCode, String out, String err) {
    static final PolicyEngine BUILT_IN = PolicyEngine.withDefaultRules();
    private static final Engines ENGINES = rules -> rules == null ? BUILT_IN : Engines.BUILT_IN_OR_FOLDER.load(rules);

    static Run policy(String... args) {
        return policyReading("", args);
    }

    /** A run whose standard input holds {@code stdin}. */
    static Run policyReading(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PolicyCommand.commandLine(
                ENGINES, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
