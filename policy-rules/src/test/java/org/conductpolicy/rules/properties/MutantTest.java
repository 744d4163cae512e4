package org.conductpolicy.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that the properties catch broken rules: each mutant (a deliberately broken copy of the rules,
 * under the test resources' {@code mutants} folder) must fail at least one property, checked over fewer
 * histories than the full run ({@code -Dpolicy.mutant.examples=N}, default 200). A mutant that survives
 * is a missing test. Each test's name says which properties killed its mutant.
 */
class MutantTest {
    private static final int EXAMPLES = Integer.getInteger("policy.mutant.examples", 200);
    /** A mutant needs only to be caught, not explained: shrink little. */
    private static final int SHRINK_CYCLES = 50;

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> every_mutant_of_the_rules_fails_at_least_one_property() throws IOException {
        Map<PolicyProperty, List<String>> killsByProperty = new LinkedHashMap<>();
        PolicyProperties.ALL.forEach(property -> killsByProperty.put(property, new ArrayList<>()));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(the_unmutated_rules_loaded_the_same_way_pass_every_property());
        for (Mutant mutant : Mutant.all()) {
            Path copy = Files.createDirectory(temp.resolve(mutant.name()));
            List<String> killers = new ArrayList<>();
            AssertionError stale = null;
            try {
                PolicyEngine engine = mutant.load(copy);
                for (PolicyProperty property : PolicyProperties.ALL) {
                    if (fails(property, engine)) {
                        killers.add(property.name());
                        killsByProperty.get(property).add(mutant.name());
                    }
                }
            } catch (AssertionError e) {
                stale = e;
            }
            AssertionError problem = stale;
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
        }
        tests.add(DynamicTest.dynamicTest(
                "every property kills at least one mutant",
                () -> assertThat(killsByProperty)
                        .allSatisfy((property, killed) -> assertThat(killed)
                                .as("mutants killed by '%s'", property.name())
                                .isNotEmpty())));
        System.out.println("Mutants killed, by property: " + killsByProperty);
        return tests.stream();
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
