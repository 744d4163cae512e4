package org.conductpolicy.api;

import java.util.Locale;

/**
 * Text from input as messages and the command line show it: every character that could break a line,
 * move the cursor, recolour or retitle a terminal, or reorder what is shown (controls, bidi overrides,
 * zero-width and other format characters, line and paragraph separators, lone surrogates) is written as
 * an escape such as {@code \u001B}, so that no input can forge a line of output. {@link #of} also
 * shortens a long value to {@value #MAX_SHOWN} characters and says how long it was, so that a
 * megabyte-long id gives a short message.
 */
public final class SafeText {
    /** The most characters of a value {@link #of} shows. */
    public static final int MAX_SHOWN = 300;

    private SafeText() {}

    /** The value escaped, and cut to {@value #MAX_SHOWN} characters with its length said when longer. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX_SHOWN) {
            return line(value);
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
        return line(value.substring(0, end)) + String.format(Locale.ROOT, "...(%,d characters in all)", value.length());
    }

    /** A whole line of output escaped as {@link #of} escapes a value, but not shortened. */
    public static String line(String text) {
        if (text.codePoints().noneMatch(SafeText::unsafe)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            if (!unsafe(codePoint)) {
                shown.appendCodePoint(codePoint);
                return;
            }
            for (char unit : Character.toChars(codePoint)) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
            }
        });
        return shown.toString();
    }

    /** Whether a character may not be shown as it is. */
    static boolean unsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
