package org.conductpolicy.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/**
 * The text of a rule set's file (a rule file or one of its {@code .properties} files), which must be UTF-8:
 * a file saved in another encoding is refused naming the first byte that is not UTF-8 and its line, rather
 * than read with its letters changed or refused with Java's "Input length = 1".
 */
final class Utf8Text {
    private Utf8Text() {}

    /**
     * @param file the file, as the officer knows it
     * @throws PolicyRulesException when the bytes are not UTF-8 text
     */
    static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new PolicyRulesException(List.of(new RuleProblem(
                    file,
                    lineOf(bytes, at),
                    String.format(
                            Locale.ROOT,
                            "is not UTF-8 text (byte 0x%02X at line %d): save it as UTF-8",
                            bytes[at] & 0xFF,
                            lineOf(bytes, at)))));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
