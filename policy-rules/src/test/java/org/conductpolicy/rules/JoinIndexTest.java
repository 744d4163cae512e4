package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Decisions grow linearly with their facts only if every join that matches two facts on an equal field
 * (a person, an incident's id) is hash-indexed: Drools then looks the match up instead of trying every
 * pair. Drools indexes {@code person == $person}, a variable bound to the field, but not {@code person ==
 * $incident.person}, a field read through a variable bound to a fact of a derived fact; the second form made
 * 100,000 facts take many seconds (RELIABILITY.md, "Size and limits"). This test walks the network the rules
 * compile to and names every join on equality that is not indexed.
 */
class JoinIndexTest {
    /** A constraint that compares a field for equality with a variable. */
    private static final Pattern EQUALITY_WITH_A_VARIABLE = Pattern.compile("[\\w.]+\\s*==\\s*\\$");

    @Test
    void every_join_of_two_facts_on_an_equal_field_is_indexed_so_a_decision_grows_linearly()
            throws IOException, URISyntaxException {
        List<String> unindexed = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ObjectTypeNode node : ((InternalRuleBase) builtInRules()).getRete().getObjectTypeNodes()) {
            walk(node, seen, unindexed);
        }

        assertThat(unindexed).isEmpty();
    }

    private static void walk(Object node, Set<Object> seen, List<String> unindexed) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof BetaNode join && !join.getRawConstraints().isIndexed()) {
            String constraints = Arrays.toString(join.getRawConstraints().getConstraints());
            if (EQUALITY_WITH_A_VARIABLE.matcher(constraints).find()) {
                unindexed.add(join.getRules() + " joins on " + constraints);
            }
        }
        if (node instanceof ObjectSource source) {
            for (Object sink : source.getObjectSinkPropagator().getSinks()) {
                walk(sink, seen, unindexed);
            }
        }
        if (node instanceof LeftTupleSource source) {
            for (Object sink : source.getSinkPropagator().getSinks()) {
                walk(sink, seen, unindexed);
            }
        }
    }

    /** The built-in rule files compiled on their own, as the engine compiles them. */
    private static KieBase builtInRules() throws IOException, URISyntaxException {
        Path folder = Path.of(JoinIndexTest.class
                        .getResource("/org/conductpolicy/rules/parameters.properties")
                        .toURI())
                .getParent();
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path file :
                    listed.filter(path -> path.toString().endsWith(".drl")).toList()) {
                files.write("src/main/resources/org/conductpolicy/rules/" + file.getFileName(), Files.readString(file));
            }
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        return kie.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
}
