package org.conductpolicy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The built-in rules as {@code policy-rules}' build left them: compiled to Drools' executable model, a few
 * generated classes listed in one file of its own. It ships no {@code kmodule.xml}, so a host's own Drools
 * (its classpath container) never finds these rules; they are built here into a KieBase without compiling
 * any DRL.
 */
final class PrecompiledRules {
    /** Where the kie-maven-plugin lists the generated model classes of {@code policy-rules}. */
    static final String MODEL_INDEX = "META-INF/kie/org.conductpolicy/policy-rules/drools-model";

    private static final String VERSION_LINE = "Drools-Model-Version:";

    private PrecompiledRules() {}

    /** The KieBase of the precompiled built-in rules on {@code loader}'s classpath. */
    static KieBase kieBase(ClassLoader loader) {
        List<Model> models = index(loader)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith(VERSION_LINE))
                .map(name -> model(loader, name))
                .toList();
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static String index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new PolicyRulesException(List.of(new RuleProblem(
                        MODEL_INDEX,
                        0,
                        "is not on the classpath: add org.conductpolicy:policy-rules as a dependency")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Model model(ClassLoader loader, String className) {
        try {
            return (Model) Class.forName(className, true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | ClassCastException broken) {
            throw new IllegalStateException(
                    MODEL_INDEX + " names " + className + ", which is not a generated rule model: rebuild policy-rules",
                    broken);
        }
    }
}
