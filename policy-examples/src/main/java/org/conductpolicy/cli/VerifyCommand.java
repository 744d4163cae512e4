package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.rules.properties.Invariants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy verify}: checks the rules in use against the policy's invariants (the property tests'
 * generators, reference models and properties) and names each invariant they break, with the clauses it
 * holds the rules to and the smallest case found that shows it, as a case file.
 */
@Command(
        name = "verify",
        description = {
            "Check the rules against the policy's invariants, over generated case histories.",
            "The rules are the folder given with --rules (an edited copy), or the built-in rules.",
            "Prints each invariant broken, the clauses it stands for, why, and the smallest case found that"
                    + " shows it, as a case file for `policy decide`; then 'N of M invariants hold'. Exit code 0"
                    + " when all hold, 1 when any is broken, 2 for rules that do not load."
        })
final class VerifyCommand implements Callable<Integer> {
    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(
            names = "--examples",
            paramLabel = "N",
            defaultValue = "200",
            description =
                    "Histories generated for each invariant (default: ${DEFAULT-VALUE}); more finds rarer breaks.")
    private int examples;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed of the generated histories (default: the build's own); the same seed gives the same"
                    + " histories.")
    private Long seed;

    VerifyCommand(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        if (examples < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--examples must be at least 1, not " + examples);
        }
        PolicyEngine engine = engines.load(options.rules());
        List<Invariants.Broken> broken =
                Invariants.check(engine, examples, seed == null ? Invariants.defaultSeed() : seed);
        PrintWriter out = spec.commandLine().getOut();
        for (Invariants.Broken invariant : broken) {
            out.println("BROKEN " + invariant.invariant() + clauses(invariant.clauses()));
            out.println("  " + invariant.reason().replace("\n", "\n  "));
            out.println("  smallest case found:");
            out.println(("    " + invariant.counterexample().strip()).replace("\n", "\n    "));
        }
        int all = Invariants.names().size();
        out.println((all - broken.size()) + " of " + all + " invariants hold, over " + examples + " histories each");
        out.flush();
        return broken.isEmpty() ? 0 : 1;
    }

    private static String clauses(List<String> clauses) {
        return clauses.isEmpty() ? "" : " (" + String.join(", ", clauses) + ")";
    }
}
