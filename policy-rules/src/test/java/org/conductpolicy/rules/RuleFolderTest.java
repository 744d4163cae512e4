package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conductpolicy.api.ActionType.ADVISE;
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
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleCheck;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
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

    @Test // ESC-2, INT-1
    void aStandingFollowsTheWindowOfTheEditedRulesForItIsReadFromTheirLadder() throws IOException {
        // given a copy of the rules whose warning window is six months
        edit("parameters.properties", "warning-window-months = 12", "warning-window-months = 6");
        PolicyEngine sixMonths = PolicyEngine.fromRuleFolder(copy);
        List<Fact> warned = SECOND_BREACH_AFTER_SEVEN_MONTHS.subList(0, SECOND_BREACH_AFTER_SEVEN_MONTHS.size() - 1);

        // when a person warned on 2025-01-12 has their standing asked under each
        LadderStanding edited = sixMonths.standing(day("2025-06-01"), warned).get(0);
        LadderStanding builtIn =
                Rules.ENGINE.standing(day("2025-06-01"), warned).get(0);

        // then each gives its own window's last day
        assertThat(edited.windowEnds()).isEqualTo(day("2025-07-12"));
        assertThat(builtIn.windowEnds()).isEqualTo(day("2026-01-12"));
        assertThat(edited.nextBreachBrings()).isEqualTo(BAN);
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

    @Test // the clause map: a clause marked as no rule's to decide may not be cited by a rule
    void a_rule_citing_a_clause_the_catalogue_marks_is_refused_at_the_rule() throws IOException {
        edit(
                "clauses.properties",
                "\nSM-3.organisational = ",
                "\nSM-4.organisational = the crisis is reported by telephone\nSM-3.organisational = ");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        thrown -> assertThat(thrown.problems()).isNotEmpty().allSatisfy(problem -> {
                            assertThat(problem.file())
                                    .isEqualTo(copy.resolve("crises.drl").toString());
                            assertThat(problem.message()).contains("'SM-4'", "marks organisational");
                        }));
    }

    @Test // the clause map: a mark names a kind the engine knows
    void a_clause_marked_with_an_unknown_kind_is_refused_naming_the_line() throws IOException {
        edit("clauses.properties", "\nSM-3.organisational = ", "\nSM-3.strategic = ");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        thrown -> assertThat(thrown.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).endsWith("clauses.properties");
                            assertThat(problem.line()).isPositive();
                            assertThat(problem.message())
                                    .contains("SM-3.strategic", "advisory, organisational, built-in");
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

    @Test // CoC-8
    void a_kind_of_conduct_added_to_the_conduct_table_is_a_breach_with_no_java() throws IOException {
        Files.writeString(
                copy.resolve("conduct.properties"),
                "\n# CoC-8: hiding one's identity to abuse others.\nimpersonation = breach CoC-8\n",
                StandardOpenOption.APPEND);
        List<Fact> impersonation = List.of(
                member("alex"),
                page("clp-page"),
                Incident.consulted("i1", "alex", "clp-page", day("2025-03-01"), "impersonation"));

        PolicyEngine withImpersonation = PolicyEngine.fromRuleFolder(copy);

        assertThat(withImpersonation.conductTable().kind("impersonation")).isPresent();
        assertThat(ConductTable.inRuleFolder(copy).kinds())
                .isEqualTo(withImpersonation.conductTable().kinds());
        assertThat(Rules.concerning(Rules.LADDER, withImpersonation.decide(day("2025-03-02"), impersonation))
                        .actions())
                .singleElement()
                .satisfies(warning -> {
                    assertThat(warning.type()).isEqualTo(WARN);
                    assertThat(warning.because())
                            .isEqualTo("breach of CoC-8 (impersonation) on 2025-03-01, with no warning or ban in the"
                                    + " 12 months before it: a warning");
                });
        assertThatThrownBy(() -> Rules.ENGINE.decide(day("2025-03-02"), impersonation))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("field 'conduct' is 'impersonation', not a kind of conduct");
    }

    @Test // CoC-6
    void an_advisory_kind_added_to_the_conduct_table_earns_advice_citing_its_own_clause() throws IOException {
        Files.writeString(
                copy.resolve("conduct.properties"),
                "exclusionary-language = advisory CoC-6\n",
                StandardOpenOption.APPEND);

        Decision decision = PolicyEngine.fromRuleFolder(copy)
                .decide(
                        day("2025-03-02"),
                        List.of(
                                member("alex"),
                                page("clp-page"),
                                Incident.consulted(
                                        "i1", "alex", "clp-page", day("2025-03-01"), "exclusionary-language")));

        assertThat(decision.actionsOf(ADVISE)).singleElement().satisfies(advice -> {
            assertThat(advice.clauses()).contains("CoC-6");
            assertThat(advice.because())
                    .isEqualTo("exclusionary language on 2025-03-01 should be avoided, but is advisory and not a"
                            + " breach");
        });
    }

    @Test
    void a_bad_line_of_the_conduct_table_is_refused_naming_the_file_and_the_line() throws IOException {
        edit("conduct.properties", "trolling = breach CoC-13", "trolling = breach CoC-31");
        int trolling = lineOf("conduct.properties", "trolling = ");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(PolicyRulesException.class, thrown -> {
                    RuleProblem problem = thrown.problems().get(0);
                    assertThat(problem.file())
                            .isEqualTo(copy.resolve("conduct.properties").toString());
                    assertThat(problem.line()).isEqualTo(trolling);
                    assertThat(problem.message()).isEqualTo("'CoC-31' is not in the clause catalogue");
                });
    }

    @Test
    void the_built_in_rules_and_an_unedited_copy_of_them_check_clean() {
        RuleCheck builtIn = PolicyEngine.checkDefaultRules();
        RuleCheck folder = PolicyEngine.check(copy);

        assertThat(builtIn.problems()).isEmpty();
        assertThat(folder.problems()).isEmpty();
        assertThat(folder.rules()).isEqualTo(builtIn.rules()).isPositive();
    }

    @Test
    void the_built_in_rules_keep_to_the_rules_vocabulary_so_the_same_check_refuses_nothing_in_them() {
        // the check that refuses a hostile folder (policy-core's ConfinedRulesTest) runs on the built-in files
        assertThat(PolicyEngine.checkDefaultRules().problems()).isEmpty();
        assertThat(PolicyEngine.fromRuleFolder(copy).rules()).isNotEmpty();
    }

    @Test
    void a_real_rule_file_edited_to_end_the_jvm_is_refused_at_its_line_and_never_runs() throws IOException {
        edit("passwords.drl", "then\n    insertLogical(", "then\n    System.exit(3);\n    insertLogical(");
        int exit = lineOf("passwords.drl", "    System.exit(3);");

        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(copy))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new RuleProblem(
                                        copy.resolve("passwords.drl").toString(),
                                        exit,
                                        "System is not in the rules' vocabulary"
                                                + " (the officers' guide: \"What a rule file may use\")")));
    }

    @Test
    void the_built_in_rules_and_a_copy_of_them_in_a_folder_have_the_same_version() {
        String builtIn = Rules.ENGINE
                .decide(day("2025-08-14"), SECOND_BREACH_AFTER_SEVEN_MONTHS)
                .rulesVersion();

        assertThat(builtIn).startsWith("sha256:");
        assertThat(PolicyEngine.fromRuleFolder(copy)
                        .decide(day("2025-08-14"), SECOND_BREACH_AFTER_SEVEN_MONTHS)
                        .rulesVersion())
                .isEqualTo(builtIn);
        assertThat(PolicyEngine.checkDefaultRules().rulesVersion()).isEqualTo(builtIn);
    }

    @Test // ESC-2
    void a_sanction_kind_written_as_text_in_a_real_rule_file_is_caught_by_the_check_at_its_line() throws IOException {
        edit("ladder-state.drl", "sanction.kind == SanctionKind.WARNING", "sanction.kind == \"warning\"");
        List<Integer> lines = linesContaining("ladder-state.drl", "sanction.kind == \"warning\"");

        RuleCheck check = PolicyEngine.check(copy);

        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file())
                    .isEqualTo(copy.resolve("ladder-state.drl").toString());
            assertThat(List.of(problem.line())).isEqualTo(lines);
            assertThat(problem.message()).contains("write sanction.kind == SanctionKind.WARNING");
        });
    }

    @Test
    void a_conduct_misspelled_in_a_real_rule_file_is_caught_by_the_check_at_its_line() throws IOException {
        edit(
                "conduct.drl",
                "$incident : Incident( $conduct : conduct )",
                "$incident : Incident( conduct == \"derogatory-descripton\", $conduct : conduct )");
        List<Integer> lines = linesContaining("conduct.drl", "derogatory-descripton");

        RuleCheck check = PolicyEngine.check(copy);

        assertThat(check.problems()).extracting(RuleProblem::line).containsExactlyElementsOf(lines);
        assertThat(check.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(copy.resolve("conduct.drl").toString());
            assertThat(problem.message()).contains("\"derogatory-descripton\" is not a kind of conduct");
        });
    }

    /** The lines of a file of the copy that hold {@code part}, counting from 1. */
    private List<Integer> linesContaining(String file, String part) throws IOException {
        List<String> lines = Files.readAllLines(copy.resolve(file));
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains(part))
                .mapToObj(i -> i + 1)
                .toList();
    }

    private int lineOf(String file, String start) throws IOException {
        List<String> lines = Files.readAllLines(copy.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line starting " + start);
    }
}
