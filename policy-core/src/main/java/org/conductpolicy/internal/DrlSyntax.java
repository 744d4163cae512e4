package org.conductpolicy.internal;

import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.RuleProblem;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Reads one rule file with Drools' own parser, on its own, before the rules are compiled together. Drools,
 * given a file it cannot parse among others that it can, may fail with an internal error instead of the
 * parse error; parsing each file first gives an officer the file and line of the mistake. The checks that
 * read a rule file's structure ({@link ConfinedRules}, {@link SilentMistakes}) read it through here.
 */
final class DrlSyntax {
    private DrlSyntax() {}

    /**
     * A rule file as the parser read it.
     *
     * @param descr its descriptors, empty when it does not parse
     * @param errors the parser's errors, each with its line (0 when the parser gave none)
     */
    record Parsed(Optional<PackageDescr> descr, List<Error> errors) {}

    /** One syntax error, at its line. */
    record Error(int line, String message) {}

    static Parsed parse(String text) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException unparsable) {
            return new Parsed(
                    Optional.empty(),
                    List.of(new Error(Math.max(unparsable.getLineNumber(), 0), unparsable.getMessage())));
        }
        List<Error> errors = parser.getErrors().stream()
                .map(error -> new Error(firstLine(error.getLines()), error.getMessage()))
                .toList();
        return new Parsed(errors.isEmpty() ? Optional.ofNullable(descr) : Optional.empty(), errors);
    }

    /** The syntax errors of one rule file, each at its line. */
    static List<RuleProblem> problems(String file, String text) {
        return parse(text).errors().stream()
                .map(error -> new RuleProblem(file, error.line(), error.message()))
                .toList();
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
    }
}
