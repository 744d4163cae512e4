package org.conductpolicy.api;

import java.util.Optional;
import java.util.OptionalInt;
import org.conductpolicy.api.fact.FactType;

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
     * A problem in one field of the fact with the given id.
     *
     * @param factType the type of the offending fact
     * @param factId its id; {@code null} when the id itself is what is missing (see {@link #of} for a fact
     *     type that has none)
     * @param field the field at fault, as case files spell it
     * @param problem what is wrong with the field, such as "is required"
     */
    public InvalidFactException(FactType factType, String factId, String field, String problem) {
        this(factType.wireName(), factId, field, problem, 0);
    }

    private InvalidFactException(String factType, String factId, String field, String problem, int position) {
        super(describe(factType, factId, position) + ": field '" + field + "' " + problem);
        this.factType = factType;
        this.factId = factId;
        this.field = field;
        this.problem = problem;
        this.position = position;
    }

    /**
     * A problem in one field of a fact of a type that has no id, such as a hearing.
     *
     * @see #InvalidFactException(FactType, String, String, String)
     */
    public static InvalidFactException of(FactType factType, String field, String problem) {
        return new InvalidFactException(factType, null, field, problem);
    }

    /** The fact at {@code position} among the facts given (counting from 1) is not a fact at all. */
    static InvalidFactException nullFact(int position) {
        return new InvalidFactException("fact", null, "type", "is missing: the fact is null", position);
    }

    /** The same problem, placed at the fact's position among the facts given, counting from 1. */
    InvalidFactException at(int position) {
        return new InvalidFactException(factType, factId, field, problem, position);
    }

    /** The type of the offending fact as case files spell it, such as {@code sanction}. */
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
        String fact = id == null ? type : type + " '" + SafeText.of(id) + "'";
        return position > 0 ? "fact " + position + " (" + fact + ")" : fact;
    }
}
