package org.conductpolicy.api.fact;

import org.conductpolicy.api.InvalidFactException;

/** Checks made by the facts' constructors, so that no fact exists without its required fields. */
final class Required {
    private Required() {}

    /** A fact's own id, which must be given. */
    static String id(String id, FactType type) {
        return check(id, type, null, "id");
    }

    /** A required field of the fact with this id. */
    static <T> T field(T value, FactType type, String id, String field) {
        return check(value, type, id, field);
    }

    /** A required field of a type of fact that has no id. */
    static <T> T field(T value, FactType type, String field) {
        return check(value, type, null, field);
    }

    /** A field that may be left out but, when given, is not blank. */
    static String optional(String value, FactType type, String id, String field) {
        return value == null ? null : check(value, type, id, field);
    }

    /** A field that may be left out but, when given, is not blank, of a type of fact that has no id. */
    static String optional(String value, FactType type, String field) {
        return optional(value, type, null, field);
    }

    private static <T> T check(T value, FactType type, String id, String field) {
        if (value == null) {
            throw new InvalidFactException(type, id, field, "is required");
        }
        if (value instanceof String text && text.isBlank()) {
            throw new InvalidFactException(type, id, field, "must not be blank");
        }
        return value;
    }
}
