package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule folder in a test's temporary folder: one rule file, {@code advice.drl}, and the files a folder needs. */
final class TestRuleFolder {
    /** The package and imports of a rule file that proposes advice on incidents. */
    static final String HEADER = """
            package test.rules;
            import org.conductpolicy.api.ActionType;
            import org.conductpolicy.api.fact.Incident;
            import org.conductpolicy.vocabulary.Proposal;
            """;

    /** A rule file with one rule: every incident is advised on (CoC-7). */
    static final String ADVISE_EVERY_INCIDENT = advisingEveryIncident("");

    /** The rule file of {@link #ADVISE_EVERY_INCIDENT}, its rule doing {@code first} before it advises. */
    static String advisingEveryIncident(String first) {
        return HEADER + "\n" + everyIncidentAdvisedOn(first);
    }

    /** The rule of {@link #ADVISE_EVERY_INCIDENT} alone, doing {@code first} first: for a file of several rules. */
    static String everyIncidentAdvisedOn(String first) {
        return """
                rule "Every incident is advised on"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    %s
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).incident($i.id()).because("why"));
                end
                """.formatted(first);
    }

    private TestRuleFolder() {}

    /** Writes the folder; the rule file's path. */
    static Path write(Path folder, String drl) throws IOException {
        return write(folder, drl.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the folder with the rule file's bytes as given; the rule file's path. */
    static Path write(Path folder, byte[] drl) throws IOException {
        Files.writeString(folder.resolve("parameters.properties"), TestParameters.COMPLETE);
        Files.writeString(folder.resolve("clauses.properties"), "CoC-7 = ...\n");
        Files.writeString(folder.resolve("conduct.properties"), "trolling = breach CoC-7\n");
        return Files.write(folder.resolve("advice.drl"), drl);
    }

    /** The line, counting from 1, on which {@code part} first appears in {@code text}. */
    static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as("the text holds " + part).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
