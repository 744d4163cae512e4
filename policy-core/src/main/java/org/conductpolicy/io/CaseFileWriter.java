package org.conductpolicy.io;

import java.util.List;
import org.conductpolicy.api.fact.Fact;

/**
 * Writes a case file as YAML that {@link CaseFileReader} reads back equal: one fact or expectation per
 * line, as flow mappings, in the case's own order.
 */
final class CaseFileWriter {
    private CaseFileWriter() {}

    static String write(CaseFile caseFile) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: ").append(YamlText.text(caseFile.name())).append('\n');
        yaml.append("asOf: ").append(caseFile.asOf()).append('\n');
        if (caseFile.facts().isEmpty()) {
            yaml.append("facts: []\n");
        } else {
            yaml.append("facts:\n");
            for (Fact fact : caseFile.facts()) {
                yaml.append("  - ")
                        .append(YamlText.flowMap(FactShapes.valuesOf(fact)))
                        .append('\n');
            }
        }
        section(yaml, "expect", caseFile.expect());
        section(yaml, "expectNot", caseFile.expectNot());
        return yaml.toString();
    }

    private static void section(StringBuilder yaml, String name, List<Expectation> expectations) {
        if (expectations.isEmpty()) {
            return;
        }
        yaml.append(name).append(":\n");
        for (Expectation expectation : expectations) {
            yaml.append("  - ").append(expectation).append('\n');
        }
    }
}
