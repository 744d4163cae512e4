package org.conductpolicy.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule file's text as Java reads it, word by word, each with its line: the words, numbers, text literals
 * and symbols of its rules, consequences, functions and declarations, without its comments. Drools' parser
 * reads the structure of a rule file but hands its consequences and expressions on as text; this reads that
 * text, so that what a rule file names can be checked wherever it is written.
 */
final class DrlTokens {
    /** What a token is. */
    enum Kind {
        /** A name or keyword: letters, digits, {@code _} and {@code $}, not starting with a digit. */
        WORD,
        /** A number, such as {@code 30}, {@code 1_000L} or {@code 0x1F}. */
        NUMBER,
        /** A text or character literal, quotes included: what it says is never code. */
        TEXT,
        /** Anything else: {@code ( ) . ; ->} and the operators, one token each ({@code ->} and {@code ::} as one). */
        SYMBOL
    }

    /**
     * One token.
     *
     * @param line the line it starts on, counting from 1
     */
    record Token(Kind kind, String text, int line) {
        boolean is(String symbolOrWord) {
            return text.equals(symbolOrWord) && kind != Kind.TEXT;
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    private DrlTokens() {}

    /** The tokens of {@code text}; an unterminated comment or literal runs to the end of the text. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            int start = i;
            int startLine = line;
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                i = endOfLine(text, i);
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
                line += newlines(text, start, i);
            } else if (text.startsWith("\"\"\"", i)) {
                i = endOfTextBlock(text, i);
                line += newlines(text, start, i);
                tokens.add(new Token(Kind.TEXT, text.substring(start, i), startLine));
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i, c);
                line += newlines(text, start, i);
                tokens.add(new Token(Kind.TEXT, text.substring(start, i), startLine));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < length && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), startLine));
            } else if (Character.isDigit(c)) {
                while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), startLine));
            } else {
                i += text.startsWith("->", i) || text.startsWith("::", i) ? 2 : 1;
                tokens.add(new Token(Kind.SYMBOL, text.substring(start, i), startLine));
            }
        }
        return tokens;
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Past the closing {@code """} of the text block opened at {@code from}, skipping escaped characters. */
    private static int endOfTextBlock(String text, int from) {
        int i = from + 3;
        while (i < text.length() && !text.startsWith("\"\"\"", i)) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 3, text.length());
    }

    /** Past the closing quote of the literal opened at {@code from}, skipping escaped characters. */
    private static int endOfLiteral(String text, int from, char quote) {
        int i = from + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
