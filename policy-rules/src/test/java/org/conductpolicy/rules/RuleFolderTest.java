package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conductpolicy.api.ActionType.BAN;
import static org.conductpolicy.api.ActionType.WARN;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Facts.warning;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.types;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy officer's edited copy of the rules: loaded from a folder, with clear errors when it is wrong. */
class RuleFolderTest {
    /** A warning, and a second breach seven months later. */
    private static final List<Fact> SECOND_BREACH_AFTER_SEVEN_MONTHS = List.of(
            member("alex"),
            page("clp-page"),
            breach("i1", "alex", "clp-page", "2025-01-10"),
            warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
            breach("i2", "alex", "clp-page", "2025-08-13"));

    @TempDir
    Path copy;

    @BeforeEach
    void copy_the_built_in_rules() throws IOException, URISyntaxException {
        // The test classes share the rules' package, so find the folder by a file only it holds.
        Path builtIn = Path.of(getClass()
                        .getClassLoader()
                        .getResource("org/conductpolicy/rules/parameters.properties")
                        .toURI())
                .getParent();
        try (Stream<Path> files = Files.list(builtIn)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void an_unedited_copy_decides_as_the_built_in_rules_do() {
        PolicyEngine engine = PolicyEngine.fromRuleFolder(copy);

        assertThat(engine.decide(day("2025-08-14"), SECOND_BREACH_AFTER_SEVEN_MONTHS))
                .isEqualTo(Rules.ENGINE.decide(day("2025-08-14"), SECOND_BREACH_AFTER_SEVEN_MONTHS));
        assertThat(engine.clauses()).containsKey("ESC-2");
    }

    @Test // ESC-2
    void a_number_changed_in_the_parameters_file_changes_every_rule_that_uses_it() throws IOException {
        edit("parameters.properties", "warning-window-months = 12", "warning-window-months = 6");

        PolicyEngine sixMonths = PolicyEngine.fromRuleFolder(copy);

        assertThat(types(Rules.concerning(
                        Rules.LADDER, Rules.ENGINE.decide(day("2025-08-14"), SECOND_BREACH_AFTER_SEVEN_MONTHS))))
                .containsExactly(BAN);
        assertThat(types(Rules.concerning(
                        Rules.LADDER, sixMonths.decide(day("2025-08-14"), SECOND_BREACH_AFTER_SEVEN_MONTHS))))
                .containsExactly(WARN);
    }

    @Test
    void a_rule_file_that_does_not_compile_is_named_with_its_line() throws IOException {
        edit(
                "ladder.drl",
                "PendingBreach( $incident : incident, !incident.adminsConsulted, $clause : clause )",
                "PendingBreach( $incident : incident, !incident.adminsConsulted, $clause : clause ");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(PolicyRulesException.class, thrown -> {
                    RuleProblem first = thrown.problems().get(0);
                    assertThat(first.file())
                            .isEqualTo(copy.resolve("ladder.drl").toString());
                    assertThat(first.line()).isPositive();
                });
    }

    @Test // CMP-7
    void a_rule_proposing_a_recipient_outside_the_vocabulary_does_not_load() throws IOException {
        edit("complaints.drl", ".to(ComplaintRecipient.NATIONAL_COMPLAINTS)", ".to(\"national-complaints\")");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        thrown -> assertThat(thrown.problems())
                                .anySatisfy(problem -> assertThat(problem.file())
                                        .isEqualTo(
                                                copy.resolve("complaints.drl").toString())));
    }

    @Test
    void a_rule_that_cites_no_clause_is_refused_by_name() throws IOException {
        edit("ladder.drl", "    @clause(\"ESC-1, INT-12\")\n", "");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOf(PolicyRulesException.class)
                .hasMessageContaining("ladder.drl")
                .hasMessageContaining(
                        "rule \"A breach the admins have not been consulted on goes to them before any step of the ladder\" cites no clause");
    }

    @Test
    void a_rule_that_cites_a_clause_the_catalogue_does_not_list_is_refused() throws IOException {
        edit("ladder.drl", "@clause(\"ESC-1, INT-12\")", "@clause(\"ESC-1, INT-99\")");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .hasMessageContaining("cites 'INT-99', which the clause catalogue does not list");
    }

    @Test
    void a_rule_citing_an_unknown_clause_is_placed_in_the_officers_file_at_the_rule() throws IOException {
        edit("ladder.drl", "@clause(\"ESC-1, INT-12\")", "@clause(\"ESC-1, INT-99\")");
        String ladder = Files.readString(copy.resolve("ladder.drl"));
        String rule =
                "rule \"A breach the admins have not been consulted on goes to them before any step of the ladder\"";
        int line = (int) ladder.substring(0, ladder.indexOf(rule))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        thrown -> assertThat(thrown.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file())
                                    .isEqualTo(copy.resolve("ladder.drl").toString());
                            assertThat(problem.line()).isEqualTo(line);
                        }));
    }

    @Test
    void a_folder_without_its_parameters_file_is_refused_naming_the_file() throws IOException {
        Files.delete(copy.resolve("parameters.properties"));

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOf(PolicyRulesException.class)
                .hasMessageContaining(copy.resolve("parameters.properties") + ": is missing");
    }

    @Test
    void a_folder_with_no_rule_files_is_refused() throws IOException {
        try (Stream<Path> files = Files.list(copy)) {
            for (Path drl :
                    files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.delete(drl);
            }
        }

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy)).hasMessageContaining("holds no .drl files");
    }
}
