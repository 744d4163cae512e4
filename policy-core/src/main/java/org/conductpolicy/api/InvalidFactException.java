package org.conductpolicy.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fact, or the set of facts given for a decision, is not valid input: a required field is missing,
 * a reference names no fact, an id is used twice, or a fact is dated after the day asked about. The
 * message names the fact (its type, its id and, where known, its position among the facts) and the
 * field; nothing has been decided.
 */
public final class InvalidFactException extends PolicyException {
    private static final long serialVersionUID = 1L;

    private final String factType;
    private final String factId;
    private final String field;
    private final int position;
    private final String problem;

    /**
     * @param factType the type of the offending fact, as case files spell it
     * @param factId its id, or {@code null} when it has none (or the id itself is what is missing)
     * @param field the field at fault, as case files spell it
     * @param problem what is wrong with the field, such as "is required"
     */
    public InvalidFactException(String factType, String factId, String field, String problem) {
        this(factType, factId, field, problem, 0);
    }

    /**
     * @param position the fact's position among the facts given, counting from 1; 0 when unknown
     * @see #InvalidFactException(String, String, String, String)
     */
    public InvalidFactException(String factType, String factId, String field, String problem, int position) {
        super(describe(factType, factId, position) + ": field '" + field + "' " + problem);
        this.factType = factType;
        this.factId = factId;
        this.field = field;
        this.problem = problem;
        this.position = position;
    }

    /** The type of the offending fact, such as {@code sanction}. */
    public String factType() {
        return factType;
    }

    /** The id of the offending fact, when it has one. */
    public Optional<String> factId() {
        return Optional.ofNullable(factId);
    }

    /** The field at fault, such as {@code person}. */
    public String field() {
        return field;
    }

    /** What is wrong with the field, without the fact and field named. */
    public String problem() {
        return problem;
    }

    /** The fact's position among the facts given, counting from 1, when known. */
    public OptionalInt position() {
        return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
    }

    private static String describe(String type, String id, int position) {
        String fact = id == null ? type : type + " '" + id + "'";
        return position > 0 ? "fact " + position + " (" + fact + ")" : fact;
    }
}
