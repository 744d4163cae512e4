package org.conductpolicy.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each field and entry of a case file starts, by JSON pointer ({@code /facts/2/person}),
 * so that a message about a value can name its line. It is taken in the same one pass over the parser's
 * tokens that builds the file's tree ({@link #readTree}) and checks the limits of {@link ReadLimits}
 * as it goes, so that the file is parsed once and nothing past a limit is built.
 */
final class LineIndex {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Integer> lines = new HashMap<>();
    private final String file;

    private LineIndex(String file) {
        this.file = file;
    }

    /** An index with no lines: messages then name the file only. */
    static LineIndex none() {
        return new LineIndex(null);
    }

    /** An index to fill with {@link #readTree}; limits it refuses are placed in {@code file}. */
    static LineIndex of(String file) {
        return new LineIndex(file);
    }

    /**
     * Reads the value that starts at the parser's current token (the first token, read already), indexing
     * the line of each field and entry, and refusing a value, list or nesting past {@link ReadLimits}.
     *
     * @return the value; {@code null} when there is none
     * @throws CaseFileException at a limit passed
     * @throws IOException when the text is malformed
     */
    JsonNode readTree(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        record(parser);
        return value(parser, token, 0);
    }

    private JsonNode value(JsonParser parser, JsonToken token, int depth) throws IOException {
        switch (token) {
            case START_OBJECT:
                return mapping(parser, depth + 1);
            case START_ARRAY:
                return list(parser, depth + 1);
            case VALUE_STRING:
                return NODES.textNode(checked(parser, parser.getText()));
            case VALUE_NUMBER_INT:
                checked(parser, parser.getText());
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                checked(parser, parser.getText());
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // An embedded object: only a tag makes one, and tags are refused before parsing.
                return NODES.pojoNode(parser.getEmbeddedObject());
        }
    }

    private ObjectNode mapping(JsonParser parser, int depth) throws IOException {
        checkDepth(parser, depth);
        ObjectNode mapping = NODES.objectNode();
        while (next(parser) == JsonToken.FIELD_NAME) {
            String name = checked(parser, parser.getCurrentName());
            mapping.set(name, value(parser, next(parser), depth));
        }
        return mapping;
    }

    private ArrayNode list(JsonParser parser, int depth) throws IOException {
        checkDepth(parser, depth);
        ArrayNode list = NODES.arrayNode();
        JsonToken token;
        while ((token = next(parser)) != JsonToken.END_ARRAY) {
            if (list.size() == ReadLimits.MAX_ITEMS) {
                throw limit(parser, ReadLimits.tooManyItems());
            }
            list.add(value(parser, token, depth));
        }
        return list;
    }

    private JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "Unexpected end of input");
        }
        record(parser);
        return token;
    }

    private void checkDepth(JsonParser parser, int depth) {
        if (depth > ReadLimits.MAX_DEPTH) {
            throw limit(parser, ReadLimits.tooDeep());
        }
    }

    private String checked(JsonParser parser, String text) {
        if (text.length() > ReadLimits.MAX_VALUE_CHARACTERS) {
            throw limit(parser, ReadLimits.valueTooLong(text.length()));
        }
        return text;
    }

    @SuppressWarnings("deprecation")
    private CaseFileException limit(JsonParser parser, String problem) {
        return CaseFileException.atLine(file, parser.getTokenLocation().getLineNr(), problem);
    }

    /**
     * {@code getTokenLocation()} rather than its newer name {@code currentTokenLocation()} (Jackson 2.13),
     * so that a host's older Jackson still reads case files.
     */
    @SuppressWarnings("deprecation")
    private void record(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.getTokenLocation().getLineNr());
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
