package org.conductpolicy.api;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.internal.EngineFactory;
import org.conductpolicy.vocabulary.ConductKind;

/**
 * The kinds of conduct a rule set knows, read from its {@code conduct.properties}: each kind as case
 * files spell it, what the code of conduct makes of it and the clauses that say so, and the
 * characteristics an incident of a kind such as discrimination names. An incident whose conduct the
 * table does not list is not valid input for that rule set. Immutable.
 */
public final class ConductTable {
    private final Map<String, ConductKind> kinds;

    private ConductTable(Map<String, ConductKind> kinds) {
        this.kinds = kinds;
    }

    /**
     * The table of the given kinds, in their order.
     *
     * @throws IllegalArgumentException when two kinds have the same name, or there are none
     */
    public static ConductTable of(Collection<ConductKind> kinds) {
        Map<String, ConductKind> byName = new LinkedHashMap<>();
        for (ConductKind kind : kinds) {
            if (byName.putIfAbsent(kind.name(), kind) != null) {
                throw new IllegalArgumentException("the kind of conduct '" + kind.name() + "' is listed twice");
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("a conduct table lists at least one kind of conduct");
        }
        return new ConductTable(Collections.unmodifiableMap(byName));
    }

    /**
     * The conduct table of the built-in rules ({@code policy-rules} on the classpath), read without
     * compiling them: the same as {@code PolicyEngine.withDefaultRules().conductTable()}, at a fraction of
     * the cost.
     *
     * @throws PolicyRulesException when the table or the clause catalogue is missing or malformed
     */
    public static ConductTable builtIn() {
        return EngineFactory.builtInConductTable();
    }

    /**
     * The conduct table of a rule folder, read without compiling its rules: the same as {@code
     * PolicyEngine.fromRuleFolder(folder).conductTable()} when the rules load.
     *
     * @throws PolicyRulesException naming the file and line of each problem of the table
     */
    public static ConductTable inRuleFolder(Path folder) {
        return EngineFactory.conductTableIn(folder);
    }

    /** Every kind, by name, in the table's order. */
    public Map<String, ConductKind> kinds() {
        return kinds;
    }

    /** The kind of conduct spelled {@code name}, if the table lists it. */
    public Optional<ConductKind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** Every characteristic some kind takes, in the table's order. */
    public Set<String> characteristics() {
        Set<String> all = new LinkedHashSet<>();
        kinds.values().forEach(kind -> all.addAll(kind.characteristics()));
        return Collections.unmodifiableSet(all);
    }

    /**
     * Checks that every incident names a kind of conduct the table lists, and a characteristic exactly
     * when its kind takes one, among those it takes.
     *
     * @throws InvalidFactException for the first incident that does not, placed at its position (from 1)
     */
    public void check(List<? extends Fact> facts) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof Incident incident) {
                check(incident, i + 1);
            }
        }
    }

    private void check(Incident incident, int position) {
        ConductKind kind = kinds.get(incident.conduct());
        if (kind == null) {
            throw invalid(
                    incident,
                    "conduct",
                    "is '" + SafeText.of(incident.conduct())
                            + "', not a kind of conduct the rules' conduct table lists: "
                            + String.join(", ", kinds.keySet()),
                    position);
        }
        String characteristic = incident.characteristic();
        if (kind.takesACharacteristic() && characteristic == null) {
            throw invalid(
                    incident,
                    "characteristic",
                    "is required for conduct '" + kind.name() + "': one of "
                            + String.join(", ", kind.characteristics()),
                    position);
        }
        if (kind.takesACharacteristic() && !kind.characteristics().contains(characteristic)) {
            throw invalid(
                    incident,
                    "characteristic",
                    "is '" + SafeText.of(characteristic) + "', not one of: "
                            + String.join(", ", kind.characteristics()),
                    position);
        }
        if (!kind.takesACharacteristic() && characteristic != null) {
            throw invalid(incident, "characteristic", "is only for conduct " + kindsTakingACharacteristic(), position);
        }
    }

    private String kindsTakingACharacteristic() {
        List<String> taking = kinds.values().stream()
                .filter(ConductKind::takesACharacteristic)
                .map(kind -> "'" + kind.name() + "'")
                .toList();
        return taking.isEmpty() ? "that takes one, and the table lists none" : String.join(" or ", taking);
    }

    private static InvalidFactException invalid(Incident incident, String field, String problem, int position) {
        return new InvalidFactException(FactType.INCIDENT, incident.id(), field, problem).at(position);
    }
}
