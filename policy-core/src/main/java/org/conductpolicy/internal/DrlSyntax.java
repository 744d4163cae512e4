package org.conductpolicy.internal;

import java.nio.file.Path;
import java.util.List;
import org.conductpolicy.api.RuleProblem;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks one rule file's syntax on its own, before the rules are compiled together. Drools, given a
 * file it cannot parse among others that it can, may fail with an internal error instead of the parse
 * error; parsing each file first gives an officer the file and line of the mistake.
 */
final class DrlSyntax {
    private DrlSyntax() {}

    static List<RuleProblem> problems(Path file, String text) {
        DrlParser parser = new DrlParser();
        try {
            parser.parse(false, text);
        } catch (DroolsParserException unparsable) {
            return List.of(
                    new RuleProblem(file.toString(), Math.max(unparsable.getLineNumber(), 0), unparsable.getMessage()));
        }
        return parser.getErrors().stream()
                .map(error -> new RuleProblem(file.toString(), firstLine(error.getLines()), error.getMessage()))
                .toList();
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
    }
}
