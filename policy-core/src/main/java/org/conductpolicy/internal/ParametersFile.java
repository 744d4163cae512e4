package org.conductpolicy.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.vocabulary.PolicyParameters;

/**
 * Reads {@code parameters.properties}: one line per {@link PolicyParameters} component, spelled in
 * kebab case. A missing, unknown or malformed entry is an error naming the file and the line.
 */
final class ParametersFile {
    static final String NAME = "parameters.properties";

    private ParametersFile() {}

    static PolicyParameters parse(String file, String text) {
        Properties properties = PropertiesText.load(file, text);
        RecordComponent[] components = PolicyParameters.class.getRecordComponents();
        List<RuleProblem> problems = new ArrayList<>();
        Object[] values = new Object[components.length];
        Set<String> known = new TreeSet<>();
        for (int i = 0; i < components.length; i++) {
            String key = kebab(components[i].getName());
            known.add(key);
            String value = properties.getProperty(key);
            if (value == null) {
                problems.add(new RuleProblem(file, 0, "'" + key + "' is missing"));
                continue;
            }
            try {
                values[i] = Integer.parseInt(value.trim());
            } catch (NumberFormatException notANumber) {
                problems.add(new RuleProblem(
                        file,
                        PropertiesText.lineOf(text, key),
                        "'" + key + "' must be a whole number, not '" + value + "'"));
            }
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!known.contains(key)) {
                problems.add(new RuleProblem(
                        file, PropertiesText.lineOf(text, key), "'" + key + "' is not a parameter; known: " + known));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        try {
            return (PolicyParameters) PolicyParameters.class.getDeclaredConstructors()[0].newInstance(values);
        } catch (ReflectiveOperationException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            // The parameters name the entry they refuse: place the problem on its line.
            int line = known.stream()
                    .filter(key -> String.valueOf(cause.getMessage()).contains(key))
                    .mapToInt(key -> PropertiesText.lineOf(text, key))
                    .filter(at -> at > 0)
                    .findFirst()
                    .orElse(0);
            throw new PolicyRulesException(List.of(new RuleProblem(file, line, cause.getMessage())));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
