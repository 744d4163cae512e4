package org.conductpolicy.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that the properties catch broken rules: each mutant (a deliberately broken copy of the rules,
 * under the test resources' {@code mutants} folder) must fail at least one property, checked over fewer
 * histories than the full run ({@code -Dpolicy.mutant.examples=N}, default 200). A mutant that survives
 * is a missing test. Each test's name says which property killed its mutant: the first found (those that
 * killed another mutant of the same rule file are tried first), or all of them with
 * {@code -Dpolicy.mutant.everyKiller=true}. Each property must kill at least one mutant.
 */
class MutantTest {
    private static final int EXAMPLES = Integer.getInteger("policy.mutant.examples", 200);
    /** A mutant needs only to be caught, not explained: shrink little. */
    private static final int SHRINK_CYCLES = 50;
    /**
     * Whether every property is tried against every mutant ({@code -Dpolicy.mutant.everyKiller=true}),
     * naming all that kill it, rather than stopping at the first (enough to prove the mutant caught).
     */
    private static final boolean EVERY_KILLER = Boolean.getBoolean("policy.mutant.everyKiller");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> every_mutant_of_the_rules_fails_at_least_one_property() throws IOException {
        Map<PolicyProperty, List<String>> killsByProperty = new LinkedHashMap<>();
        PolicyProperties.ALL.forEach(property -> killsByProperty.put(property, new ArrayList<>()));
        Map<String, Set<PolicyProperty>> killersByFile = new HashMap<>();
        Map<Mutant, PolicyEngine> engines = new LinkedHashMap<>();
        Map<Mutant, List<String>> killersByMutant = new LinkedHashMap<>();
        Map<Mutant, AssertionError> stale = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(the_unmutated_rules_loaded_the_same_way_pass_every_property());
        for (Mutant mutant : Mutant.all()) {
            List<String> killers = new ArrayList<>();
            killersByMutant.put(mutant, killers);
            PolicyEngine engine;
            try {
                engine = mutant.load(Files.createDirectory(temp.resolve(mutant.name())));
            } catch (AssertionError e) {
                stale.put(mutant, e);
                continue;
            }
            engines.put(mutant, engine);
            Set<PolicyProperty> sameFile = killersByFile.computeIfAbsent(mutant.file(), file -> new LinkedHashSet<>());
            for (PolicyProperty property : likelyKillersFirst(sameFile)) {
                if (fails(property, engine)) {
                    killers.add(property.name());
                    killsByProperty.get(property).add(mutant.name());
                    sameFile.add(property);
                    if (!EVERY_KILLER) {
                        break;
                    }
                }
            }
        }
        // Each property must kill a mutant: one that no mutant's first killer was is tried against the
        // mutants already loaded (whose decisions are mostly known) until one fails it.
        for (Map.Entry<PolicyProperty, List<String>> property : killsByProperty.entrySet()) {
            for (Map.Entry<Mutant, PolicyEngine> mutant : engines.entrySet()) {
                if (!property.getValue().isEmpty()) {
                    break;
                }
                if (!killersByMutant
                                .get(mutant.getKey())
                                .contains(property.getKey().name())
                        && fails(property.getKey(), mutant.getValue())) {
                    killersByMutant.get(mutant.getKey()).add(property.getKey().name());
                    property.getValue().add(mutant.getKey().name());
                }
            }
        }
        killersByMutant.forEach((mutant, killers) -> {
            AssertionError problem = stale.get(mutant);
            String verdict = killers.isEmpty() ? "survives" : "is killed by: " + String.join("; ", killers);
            System.out.println("Mutant " + mutant.name() + " " + verdict);
            tests.add(DynamicTest.dynamicTest(mutant.name() + " (" + mutant.description() + ") " + verdict, () -> {
                if (problem != null) {
                    throw problem;
                }
                assertThat(killers)
                        .as(
                                "mutant %s (%s) survives every property: a test is missing",
                                mutant.name(), mutant.description())
                        .isNotEmpty();
            }));
        });
        tests.add(DynamicTest.dynamicTest(
                "every property kills at least one mutant",
                () -> assertThat(killsByProperty)
                        .allSatisfy((property, killed) -> assertThat(killed)
                                .as("mutants killed by '%s'", property.name())
                                .isNotEmpty())));
        System.out.println("Mutants killed, by property: " + killsByProperty);
        return tests.stream();
    }

    /** Every property, those that killed a mutant of the same rule file first: a kill comes sooner. */
    private static List<PolicyProperty> likelyKillersFirst(Set<PolicyProperty> killersOfTheSameFile) {
        List<PolicyProperty> order = new ArrayList<>(killersOfTheSameFile);
        PolicyProperties.ALL.stream()
                .filter(p -> !killersOfTheSameFile.contains(p))
                .forEach(order::add);
        return order;
    }

    /**
     * A kill means something only if the rules themselves, copied and loaded from a folder exactly as a
     * mutant is, pass every property: otherwise a property would "kill" every mutant.
     */
    private DynamicTest the_unmutated_rules_loaded_the_same_way_pass_every_property() throws IOException {
        PolicyEngine unmutated = new Mutant("unmutated", "the rules as they are", "parameters.properties", "", "")
                .load(Files.createDirectory(temp.resolve("unmutated")));
        List<String> failing = PolicyProperties.ALL.stream()
                .filter(property -> fails(property, unmutated))
                .map(PolicyProperty::name)
                .toList();
        return DynamicTest.dynamicTest(
                "the unmutated rules, loaded from a folder as a mutant is, pass every property",
                () -> assertThat(failing)
                        .as("properties failing on the rules loaded from a folder, with no edit")
                        .isEmpty());
    }

    private static boolean fails(PolicyProperty property, PolicyEngine engine) {
        try {
            PropertyRun.check(property, engine, EXAMPLES, SHRINK_CYCLES);
            return false;
        } catch (AssertionError failure) {
            if (PropertyRun.isPropertyFailure(failure)) {
                return true;
            }
            // The engine failed on a history: a crash is not a property catching the mutant.
            throw failure;
        }
    }
}
