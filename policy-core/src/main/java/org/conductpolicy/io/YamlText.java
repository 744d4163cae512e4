package org.conductpolicy.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conductpolicy.api.fact.WireName;

/**
 * Writes values as YAML scalars and flow collections, such as {@code {type: person, id: alex}}: plain
 * where that reads back as the same text, double-quoted (JSON-escaped) everywhere else.
 */
final class YamlText {
    /** Text that YAML reads back as the same text even inside {@code {...}} or {@code [...]}. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    /** Words a YAML reader may take for a boolean or null rather than text. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    private YamlText() {}

    /** A field value: text, a day, a number, a flag, an enumerated value or a list of those. */
    static String scalar(Object value) {
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Enum<?> constant) {
            return WireName.of(constant);
        }
        if (value instanceof LocalDate || value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(YamlText::scalar).collect(Collectors.joining(", ", "[", "]"));
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName());
    }

    static String text(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    static String flowMap(Map<String, Object> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + ": " + scalar(field.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
