package org.conductpolicy.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.internal.DrlTokens.Token;
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
        if (errors.isEmpty()) {
            return new Parsed(Optional.ofNullable(descr), errors);
        }
        int reported = errors.get(0).line();
        return new Parsed(
                Optional.empty(),
                misplaced(text)
                        .filter(cause -> reported == 0 || cause.line() <= reported)
                        .map(List::of)
                        .orElse(errors));
    }

    /**
     * The mistake that the parser reports later than it is: a {@code (} not closed in a rule's conditions (the
     * parser reads on into the consequence), a rule without {@code then} (it reads the consequence as
     * conditions, up to {@code end}) or without {@code end} (it reads the next rule as consequence). Placed at
     * the line of the {@code (}, of the {@code when}, or of the consequence's last line.
     */
    private static Optional<Error> misplaced(String text) {
        List<Token> tokens = DrlTokens.of(text);
        Deque<Token> open = new ArrayDeque<>();
        String part = "outside"; // outside a rule, or in its "head", "conditions" or "consequence"
        String rule = "";
        int when = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean startsLine = i == 0 || tokens.get(i - 1).line() < token.line();
            if (token.is("rule") && startsLine && open.isEmpty() && i + 1 < tokens.size()) {
                if (part.equals("consequence")) {
                    return Optional.of(new Error(
                            tokens.get(i - 1).line(), "rule " + rule + " has no 'end' after its consequence"));
                }
                if (!part.equals("outside")) {
                    return Optional.of(new Error(Math.max(when, 1), "rule " + rule + " has no 'then'"));
                }
                part = "head";
                rule = tokens.get(i + 1).text();
                when = token.line();
            } else if (part.equals("consequence")) {
                if (token.is("end") && startsLine) {
                    part = "outside";
                }
            } else if (!part.equals("outside")) {
                if (token.is("(")) {
                    open.push(token);
                } else if (token.is(")") && open.isEmpty()) {
                    return Optional.of(new Error(token.line(), "this ')' closes no '('"));
                } else if (token.is(")")) {
                    open.pop();
                } else if (token.is("when") && part.equals("head")) {
                    part = "conditions";
                    when = token.line();
                } else if (token.is("then")) {
                    if (!open.isEmpty()) {
                        return Optional.of(
                                new Error(open.peek().line(), "this '(' is not closed before the rule's 'then'"));
                    }
                    part = "consequence";
                } else if (token.is("end") && startsLine) {
                    return Optional.of(
                            new Error(when, "rule " + rule + " has no 'then' between its conditions and its 'end'"));
                }
            }
        }
        return Optional.empty();
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
