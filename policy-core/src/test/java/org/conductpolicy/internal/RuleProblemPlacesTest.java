package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem in an officer's rule folder names the officer's file and a line in it. */
class RuleProblemPlacesTest {
    private static final String PARAMETERS = TestParameters.COMPLETE;
    private static final String CLAUSES = "CoC-7 = ...\n";
    private static final String HEADER = """
            package test.rules;
            import org.conductpolicy.api.ActionType;
            import org.conductpolicy.api.fact.Incident;
            import org.conductpolicy.api.fact.Sanction;
            import org.conductpolicy.api.fact.SanctionKind;
            import org.conductpolicy.vocabulary.Proposal;
            """;
    private static final String GOOD_RULE = """

            rule "Every incident is advised on"
                @clause("CoC-7")
            when
                $i : Incident()
            then
                insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).because("why"));
            end
            """;

    @TempDir
    Path folder;

    private List<RuleProblem> problemsLoading(String drl, String parameters, String clauses) throws IOException {
        Files.writeString(folder.resolve("parameters.properties"), parameters);
        Files.writeString(folder.resolve("clauses.properties"), clauses);
        Files.writeString(folder.resolve("conduct.properties"), "trolling = breach CoC-7\n");
        Files.writeString(folder.resolve("advice.drl"), drl);
        return catchThrowableOfType(PolicyRulesException.class, () -> RuleSets.fromFolder(folder))
                .problems();
    }

    private List<RuleProblem> problemsLoading(String drl) throws IOException {
        return problemsLoading(drl, PARAMETERS, CLAUSES);
    }

    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as("the text holds " + part).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private void assertOneProblemAt(List<RuleProblem> problems, String file, int line, String message) {
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve(file).toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void a_rule_citing_a_clause_the_catalogue_does_not_list_is_placed_at_its_line_in_the_officers_file()
            throws IOException {
        String drl = HEADER
                + GOOD_RULE
                        .replace("Every incident is advised on", "Advice citing a clause nobody wrote")
                        .replace("CoC-7", "CoC-99");

        assertOneProblemAt(problemsLoading(drl), "advice.drl", lineOf(drl, "rule \"Advice citing"), "cites 'CoC-99'");
    }

    @Test
    void a_rule_citing_no_clause_is_placed_at_its_line_in_the_officers_file() throws IOException {
        String drl = HEADER
                + GOOD_RULE
                + GOOD_RULE.replace("Every incident", "Any incident").replace("    @clause(\"CoC-7\")\n", "");

        assertOneProblemAt(problemsLoading(drl), "advice.drl", lineOf(drl, "rule \"Any incident"), "cites no clause");
    }

    @Test
    void a_rule_file_that_does_not_parse_is_placed_at_the_line_of_the_mistake() throws IOException {
        String drl = HEADER + GOOD_RULE.replace("rule \"", "rul \"");

        assertOneProblemAt(problemsLoading(drl), "advice.drl", lineOf(drl, "rul \""), "rul");
    }

    @Test
    void an_unknown_constant_in_a_condition_is_placed_at_its_line_though_drools_names_none() throws IOException {
        String drl = HEADER + GOOD_RULE.replace("Incident()", "Incident() and Sanction( kind == SanctionKind.WARNIN )");

        assertOneProblemAt(
                problemsLoading(drl), "advice.drl", lineOf(drl, "SanctionKind.WARNIN"), "kind == SanctionKind.WARNIN");
    }

    @Test
    void a_mistake_in_what_a_rule_does_is_placed_at_the_rule() throws IOException {
        String drl = HEADER + GOOD_RULE.replace("Proposal.of(", "Proposal.off(");

        List<RuleProblem> problems = problemsLoading(drl);

        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve("advice.drl").toString());
            assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"Every"));
        });
    }

    @Test
    void a_parameter_that_is_not_a_whole_number_or_not_a_parameter_is_placed_at_its_line() throws IOException {
        String parameters = PARAMETERS.replace("ban-days = 30", "ban-days = thirty") + "bann-days = 3\n";

        List<RuleProblem> problems = problemsLoading(HEADER + GOOD_RULE, parameters, CLAUSES);

        assertThat(problems)
                .extracting(RuleProblem::toString)
                .containsExactly(
                        folder.resolve("parameters.properties") + ":" + lineOf(parameters, "ban-days")
                                + ": 'ban-days' must be a whole number, not 'thirty'",
                        folder.resolve("parameters.properties") + ":" + lineOf(parameters, "bann-days")
                                + ": 'bann-days' is not a parameter; known: [admin-team-quorum, ban-days,"
                                + " ban-window-months, first-training-months, password-change-days,"
                                + " record-retention-years, training-renewal-months, volunteer-admins-per-platform,"
                                + " warning-window-months]");
    }

    @Test
    void a_parameter_the_policy_refuses_is_placed_at_its_line() throws IOException {
        String parameters = PARAMETERS.replace("ban-days = 30", "ban-days = -3");

        assertOneProblemAt(
                problemsLoading(HEADER + GOOD_RULE, parameters, CLAUSES),
                "parameters.properties",
                lineOf(parameters, "ban-days"),
                "ban-days");
    }

    @Test
    void a_parameter_given_twice_is_placed_at_its_second_line_naming_the_first() throws IOException {
        // given a parameters file in which ban-days is given again below, as an officer might when editing
        String parameters = PARAMETERS + "ban-days = 14\n";

        // when the rules load, then the second entry is refused rather than silently winning
        assertOneProblemAt(
                problemsLoading(HEADER + GOOD_RULE, parameters, CLAUSES),
                "parameters.properties",
                parameters.split("\n").length,
                "'ban-days' is listed twice: first on line " + lineOf(parameters, "ban-days"));
    }

    @Test
    void an_entry_that_runs_onto_the_next_line_is_placed_at_its_line() throws IOException {
        String clauses = CLAUSES + "CoC-11 = a clause \\\n  continued\n";

        List<RuleProblem> problems = problemsLoading(HEADER + GOOD_RULE, PARAMETERS, clauses);

        assertThat(problems)
                .extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                folder.resolve("clauses.properties").toString(),
                                lineOf(clauses, "CoC-11"),
                                "'CoC-11' runs onto the next line: write each entry on one line"),
                        org.assertj.core.groups.Tuple.tuple(
                                folder.resolve("clauses.properties").toString(),
                                lineOf(clauses, "continued"),
                                "is not 'id = text', such as 'ESC-2 = Another breach within 12 months...'"));
    }

    @Test
    void a_problem_in_a_built_in_rule_file_names_its_resource_and_the_line() {
        RuleSources builtIn = RuleSources.onClasspath(
                getClass().getClassLoader(), "org/conductpolicy/internal/builtin/", java.util.List.of());

        RuleProblem problem = builtIn.problem(
                "/some/jar/or/folder/org/conductpolicy/internal/builtin/sample.drl",
                -1,
                "Unable to Analyse Expression platform == \"page\": [Error: ...]");

        assertThat(problem)
                .isEqualTo(new RuleProblem("org/conductpolicy/internal/builtin/sample.drl", 7, problem.message()));
    }
}
