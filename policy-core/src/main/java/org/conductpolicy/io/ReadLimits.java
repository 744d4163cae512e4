package org.conductpolicy.io;

import java.util.Locale;

/**
 * The limits on a case file, the same for YAML and JSON and for every supported Jackson
 * (policy-core/docs/case-files.md, "Input rules"): each is checked before or while the file is parsed,
 * so that no file, however large or deep, is held whole in memory or parsed for long before it is
 * refused, and each refusal names its limit.
 */
final class ReadLimits {
    /**
     * The most bytes a case file may have: about a megabyte, room for some ten thousand facts. A file's
     * size is checked before it is read, and no more than this is ever read of it.
     */
    static final int MAX_BYTES = 1_000_000;

    /** The most items a list (facts, expect, expectNot, clauses...) may have. */
    static final int MAX_ITEMS = 10_000;

    /**
     * How deep mappings and lists may nest: a case file needs four (the file, its facts, a fact, a list in
     * a fact).
     */
    static final int MAX_DEPTH = 8;

    /**
     * The most characters a value (or a key) may have. In YAML no line may have a longer run of
     * characters without a space either: SnakeYAML scans such a run in time that grows with its square,
     * so it is refused before it is parsed.
     */
    static final int MAX_VALUE_CHARACTERS = 10_000;

    private static final String VALUE_LIMIT = String.format(
            Locale.ROOT, ": a value in a case file may have at most %,d characters", MAX_VALUE_CHARACTERS);

    private ReadLimits() {}

    /** @throws CaseFileException when {@code bytes} is over {@link #MAX_BYTES} */
    static void checkSize(long bytes, String file) {
        if (bytes > MAX_BYTES) {
            throw CaseFileException.ofFile(
                    file,
                    String.format(
                            Locale.ROOT,
                            "is too large: it has %,d bytes, and a case file may have at most %,d",
                            bytes,
                            MAX_BYTES));
        }
    }

    /** The size of {@code text} in UTF-8. */
    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Refuses a YAML text with a run of more than {@link #MAX_VALUE_CHARACTERS} characters without a
     * space or line break, in one pass over the characters, before SnakeYAML sees it.
     */
    static void checkYamlRuns(String text, String file) {
        int line = 1;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                run = 0;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                run = 0;
            } else if (++run > MAX_VALUE_CHARACTERS) {
                throw CaseFileException.atLine(
                        file,
                        line,
                        String.format(Locale.ROOT, "has more than %,d characters without a space", MAX_VALUE_CHARACTERS)
                                + VALUE_LIMIT);
            }
        }
    }

    /** A value (or key) of {@code length} characters is over {@link #MAX_VALUE_CHARACTERS}. */
    static String valueTooLong(int length) {
        return String.format(Locale.ROOT, "has %,d characters", length) + VALUE_LIMIT;
    }

    static String tooManyItems() {
        return String.format(
                Locale.ROOT,
                "has more than %,d items: a list in a case file may have at most %,d",
                MAX_ITEMS,
                MAX_ITEMS);
    }

    static String tooDeep() {
        return String.format(
                Locale.ROOT,
                "nests more than %d deep: mappings and lists in a case file may nest at most %d deep",
                MAX_DEPTH,
                MAX_DEPTH);
    }
}
