package org.conductpolicy.vocabulary;

import java.util.List;
import java.util.Objects;
import org.conductpolicy.api.fact.WireName;

/**
 * One line of a rule set's conduct table ({@code conduct.properties}): a kind of conduct as case files
 * spell it, what the code of conduct makes of it, and the clauses that say so. The engine inserts into a
 * decision's session the line of each kind the case's incidents name (and no other), so that rules classify
 * an incident by joining it to its kind:
 *
 * <pre>
 * $incident : Incident( $conduct : conduct )
 * ConductKind( name == $conduct, conductClass == ConductClass.BREACH, $clauses : clauses )
 * </pre>
 *
 * @param name the kind, in kebab case, such as {@code personal-attack}
 * @param conductClass breach, advisory or legitimate debate
 * @param clauses the clause ids that class it, at least one; a breach names exactly one, the clause it breaks
 * @param characteristics the characteristics an incident of this kind must name one of, such as the
 *     grounds of discrimination (CoC-4); empty for a kind that takes none
 */
public record ConductKind(String name, ConductClass conductClass, List<String> clauses, List<String> characteristics) {
    public ConductKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(conductClass, "conductClass");
        clauses = List.copyOf(clauses);
        characteristics = List.copyOf(characteristics);
        if (!WireName.isKebabCase(name)) {
            throw new IllegalArgumentException("a kind of conduct is spelled in kebab case, not '" + name + "'");
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException(name + " names no clause");
        }
        if (conductClass == ConductClass.BREACH && clauses.size() != 1) {
            throw new IllegalArgumentException(
                    name + " is a breach, which names the one clause it breaks, not " + clauses.size());
        }
        characteristics.stream()
                .filter(characteristic -> !WireName.isKebabCase(characteristic))
                .findFirst()
                .ifPresent(bad -> {
                    throw new IllegalArgumentException("a characteristic is spelled in kebab case, not '" + bad + "'");
                });
    }

    /** Whether an incident of this kind must name a characteristic. */
    public boolean takesACharacteristic() {
        return !characteristics.isEmpty();
    }
}
