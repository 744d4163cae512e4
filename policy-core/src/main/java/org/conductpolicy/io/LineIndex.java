package org.conductpolicy.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each field and entry of a case file starts, by JSON pointer ({@code /facts/2/person}),
 * so that a message about a value can name its line.
 */
final class LineIndex {
    private final Map<String, Integer> lines;

    private LineIndex(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** An index with no lines: messages then name the file only. */
    static LineIndex none() {
        return new LineIndex(Map.of());
    }

    /**
     * Indexes the first document of {@code text}; an index of what could be read if it is malformed.
     * {@code getTokenLocation()} rather than its newer name {@code currentTokenLocation()} (Jackson 2.13),
     * so that a host's older Jackson still reads case files.
     */
    @SuppressWarnings("deprecation")
    static LineIndex of(JsonFactory factory, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.getTokenLocation().getLineNr());
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd() && --depth == 0) {
                    break;
                }
            }
        } catch (IOException malformed) {
            // The reader reports the malformed text itself; the lines read so far are still good.
        }
        return new LineIndex(lines);
    }

    /** The line of the value at {@code pointer}, or of the nearest enclosing value; 0 when unknown. */
    int lineOf(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 0;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
