package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.RuleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code policy check [--rules DIR]}: checks the rules without a case. Clean, it prints one line on
 * standard output and exits 0; otherwise it prints every problem as {@code FILE:LINE: message} on
 * standard error, then how many, prints nothing on standard output, and exits 2, as for any bad rules.
 */
@Command(
        name = "check",
        description = {
            "Check the rules without a case: every error and warning of every file as FILE:LINE: message,"
                    + " rules citing no clause or an unknown one, parameters missing, not numbers or out of"
                    + " range, and mistakes that load without a word (a field whose values are constants"
                    + " compared with text, a kind of conduct conduct.properties does not list, a pattern on a"
                    + " type nothing inserts).",
            "Clean: one line on standard output, exit code 0. Otherwise: the problems on standard error,"
                    + " nothing on standard output, exit code 2."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Override
    public Integer call() {
        RuleCheck check =
                options.rules() == null ? PolicyEngine.checkDefaultRules() : PolicyEngine.check(options.rules());
        String rules =
                options.rules() == null ? "the built-in rules" : options.rules().toString();
        if (check.isClean()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("policy check: " + rules + ": " + check.rules() + " rules, no problems (rules version "
                    + check.rulesVersion() + ")");
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        check.problems().forEach(err::println);
        int count = check.problems().size();
        err.println("policy check: " + rules + ": " + count + (count == 1 ? " problem" : " problems"));
        err.flush();
        return PolicyCommand.BAD_INPUT;
    }
}
