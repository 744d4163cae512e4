package org.conductpolicy.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, PropertiesText.Entry> entries =
                PropertiesText.entries(file, text, "'name = whole number', such as 'ban-days = 30'", problems);
        RecordComponent[] components = PolicyParameters.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Set<String> known = new TreeSet<>();
        for (int i = 0; i < components.length; i++) {
            String key = kebab(components[i].getName());
            known.add(key);
            PropertiesText.Entry entry = entries.get(key);
            if (entry == null) {
                problems.add(new RuleProblem(file, 0, "'" + key + "' is missing"));
                continue;
            }
            try {
                values[i] = Integer.parseInt(entry.value());
            } catch (NumberFormatException notANumber) {
                problems.add(new RuleProblem(
                        file, entry.line(), "'" + key + "' must be a whole number, not '" + entry.value() + "'"));
            }
        }
        entries.values().stream()
                .filter(entry -> !known.contains(entry.key()))
                .forEach(entry -> problems.add(new RuleProblem(
                        file, entry.line(), "'" + entry.key() + "' is not a parameter; known: " + known)));
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
                    .mapToInt(key -> entries.get(key).line())
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
