package org.conductpolicy.api.fact;

import org.conductpolicy.api.InvalidFactException;

/** Checks made by the facts' constructors, so that no fact exists without its required fields. */
final class Required {
    private Required() {}

    static <T> T field(T value, String type, String id, String field) {
        if (value == null) {
            throw new InvalidFactException(type, id, field, "is required");
        }
        if (value instanceof String text && text.isBlank()) {
            throw new InvalidFactException(type, id, field, "must not be blank");
        }
        return value;
    }

    static String optional(String value, String type, String id, String field) {
        return value == null ? null : field(value, type, id, field);
    }
}
