package org.conductpolicy.api;

import java.util.Objects;
import org.conductpolicy.api.fact.WireName;

/**
 * Why no rule decides a clause of the catalogue: the clause is marked, in {@code clauses.properties}, as
 * advisory, organisational or built in, with one line saying why no fact can decide it. A clause that is
 * marked is cited by no rule; every other clause is decided by the rules.
 *
 * @param kind what kind of clause it is
 * @param reason one line saying why no fact decides it
 */
public record ClauseMark(Kind kind, String reason) {
    public ClauseMark {
        Objects.requireNonNull(kind, "kind");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a clause's mark says why no fact decides it");
        }
    }

    /** The kinds of clause no rule decides, written {@code advisory}, {@code organisational}, {@code built-in}. */
    public enum Kind {
        /** Guidance for people: no fact can show it kept or broken. */
        ADVISORY,
        /** How the CLP organises its work: no fact the engine reads records it. */
        ORGANISATIONAL,
        /** Applied by the engine or by every rule alike (never reading a fact), so no one rule cites it. */
        BUILT_IN;

        /** The kind as {@code clauses.properties} writes it after the clause id, such as {@code built-in}. */
        public String wireName() {
            return WireName.of(this);
        }
    }
}
