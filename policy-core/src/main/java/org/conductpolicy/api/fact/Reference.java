package org.conductpolicy.api.fact;

import java.util.List;

/**
 * A field of one fact that names another fact by id.
 *
 * @param field the field's name as case files spell it, such as {@code person}
 * @param types the types of fact it may name, such as {@link FactType#PERSON}; usually one
 * @param id the id it names
 */
public record Reference(String field, List<FactType> types, String id) {
    public Reference {
        types = List.copyOf(types);
    }

    /** A field that must name a fact of one type. */
    public Reference(String field, FactType type, String id) {
        this(field, List.of(type), id);
    }
}
