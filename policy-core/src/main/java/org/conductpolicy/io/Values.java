package org.conductpolicy.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.conductpolicy.api.SafeText;
import org.conductpolicy.api.fact.WireName;

/**
 * Turns the value of one field of a case file into a Java value of the type the field needs, or says
 * exactly what is wrong with it: {@link BadValue}, which the reader places in the file.
 */
final class Values {
    /**
     * A day as ISO 8601 writes it and Java's {@code LocalDate} prints it: {@code 2025-06-02}, and for a
     * year past 9999 or before 0000 with a sign, {@code +10000-01-14}, {@code -0001-12-31}, so that every
     * day the writer or the engine writes reads back.
     */
    private static final Pattern DAY = Pattern.compile("(\\d{4}|[+]\\d{5,9}|-\\d{4,9})-\\d{2}-\\d{2}");

    private Values() {}

    /** A field's value is not of the type or among the values the field allows. */
    static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadValue(String problem) {
            super(problem, null, false, false);
        }
    }

    /** Whether the field is left out: absent, or written as null (an empty value in YAML). */
    static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    static String text(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isValueNode()) {
            throw new BadValue(
                    "must be text, not " + describe(value) + ": quote it, as \"" + SafeText.of(value.asText()) + "\"");
        }
        throw new BadValue("must be text, not " + describe(value));
    }

    static LocalDate day(JsonNode value) {
        String text = value.isTextual() ? value.textValue() : null;
        if (text != null && DAY.matcher(text).matches()) {
            try {
                LocalDate day = LocalDate.parse(text);
                if (day.toString().equals(text)) {
                    return day;
                }
            } catch (DateTimeParseException noSuchDay) {
                throw new BadValue("is " + describe(value) + ", which is not a day of the calendar");
            }
        }
        // Not yyyy-mm-dd, or a sign or zeros the canonical form has not (+2025-06-02, +00100-01-01).
        throw new BadValue("must be a day written yyyy-mm-dd, not " + describe(value));
    }

    static boolean flag(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw new BadValue("must be true or false, not " + describe(value));
    }

    static Integer number(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        throw new BadValue("must be a whole number, not " + describe(value));
    }

    static <E extends Enum<E>> E constant(JsonNode value, Class<E> type) {
        String text = enumerated(value, WireName.allOf(type));
        return WireName.parse(type, text).orElseThrow(() -> new BadValue(notOneOf(value, WireName.allOf(type))));
    }

    /** Text that must be one of {@code allowed}. */
    static String oneOf(JsonNode value, Collection<String> allowed) {
        String text = enumerated(value, String.join(", ", allowed));
        if (!allowed.contains(text)) {
            throw new BadValue(notOneOf(value, String.join(", ", allowed)));
        }
        return text;
    }

    private static String enumerated(JsonNode value, String allowed) {
        if (!value.isTextual()) {
            throw new BadValue(notOneOf(value, allowed));
        }
        return value.textValue();
    }

    private static String notOneOf(JsonNode value, String allowed) {
        return "is " + describe(value) + ", not one of: " + allowed;
    }

    static List<String> texts(JsonNode value) {
        if (!value.isArray()) {
            throw new BadValue("must be a list, such as [a, b], not " + describe(value));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw new BadValue("item " + (i + 1) + " must be text, not " + describe(item));
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    /** A value as a message quotes it. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "'" + SafeText.of(value.textValue()) + "'";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isNumber()) {
            return "the number " + SafeText.of(value.asText());
        }
        return SafeText.of(value.asText());
    }
}
