package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.RuleCheck;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking a rule folder without a case finds every problem, in every file at once, each at the
 * officer's file and line, and the mistakes Drools compiles without a word.
 */
class RuleCheckTest {
    private static final String HEADER = """
            package test.rules;
            import org.conductpolicy.api.ActionType;
            import org.conductpolicy.api.fact.Incident;
            import org.conductpolicy.api.fact.Sanction;
            import org.conductpolicy.api.fact.SanctionKind;
            import org.conductpolicy.vocabulary.Proposal;
            """;

    @TempDir
    Path folder;

    /** A rule that advises on every incident its conditions match. */
    private static String rule(String name, String conditions) {
        return """

                rule "%s"
                    @clause("CoC-7")
                when
                %s
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).incident($i.id()).because("why"));
                end
                """.formatted(name, conditions);
    }

    private static final String GOOD = HEADER + rule("Every incident is advised on", "    $i : Incident()");

    private void write(String drl) throws IOException {
        write(drl, TestParameters.COMPLETE);
    }

    private void write(String drl, String parameters) throws IOException {
        Files.writeString(folder.resolve("parameters.properties"), parameters);
        Files.writeString(folder.resolve("clauses.properties"), "CoC-7 = ...\n");
        Files.writeString(folder.resolve("conduct.properties"), "trolling = breach CoC-7\n");
        Files.writeString(folder.resolve("advice.drl"), drl);
    }

    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as("the text holds " + part).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void aCleanFolderHasNoProblemsAndCountsItsRules() throws IOException {
        // given a folder whose one rule loads and makes no silent mistake
        write(GOOD);

        // when it is checked
        RuleCheck check = PolicyEngine.check(folder);

        // then nothing is found, and its one rule and its version are known
        assertThat(check.problems()).isEmpty();
        assertThat(check.isClean()).isTrue();
        assertThat(check.rules()).isEqualTo(1);
        assertThat(check.rulesVersion()).startsWith("sha256:");
    }

    @Test
    void aFolderThatDoesNotExistIsAProblemNotAnException() {
        // when a folder that is not there is checked
        RuleCheck check = PolicyEngine.check(folder.resolve("no-such-folder"));

        // then the check says so
        assertThat(check.problems()).extracting(RuleProblem::message).containsExactly("is not a folder");
    }

    @Test
    void aBrokenRuleFileAndABrokenParametersFileAreBothReportedAtTheirLines() throws IOException {
        // given a rule file with a syntax error, and a parameter given twice and one that is not a number
        String drl = GOOD.replace("$i : Incident()", "$i : Incident(");
        String parameters =
                TestParameters.COMPLETE.replace("ban-days = 30", "ban-days = thirty") + "warning-window-months = 6\n";
        write(drl, parameters);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then each is reported, in the officer's files, at its line, not only the first one found
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file("advice.drl"));
            assertThat(problem.line()).isPositive();
        });
        assertThat(problems)
                .filteredOn(problem -> problem.file().equals(file("parameters.properties")))
                .extracting(RuleProblem::line, RuleProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                lineOf(parameters, "ban-days"), "'ban-days' must be a whole number, not 'thirty'"),
                        org.assertj.core.groups.Tuple.tuple(
                                lineOf(parameters, "warning-window-months = 6"),
                                "'warning-window-months' is listed twice: first on line 1"));
    }

    @Test
    void aParameterMissingOrOutOfRangeIsReported() throws IOException {
        // given a parameter left out, and another folder with one out of range
        write(GOOD, TestParameters.COMPLETE.replace("ban-days = 30\n", ""));
        List<RuleProblem> missing = PolicyEngine.check(folder).problems();
        write(GOOD, TestParameters.COMPLETE.replace("ban-days = 30", "ban-days = 0"));
        List<RuleProblem> outOfRange = PolicyEngine.check(folder).problems();

        // then each is named
        assertThat(missing)
                .extracting(RuleProblem::toString)
                .containsExactly(file("parameters.properties") + ": 'ban-days' is missing");
        assertThat(outOfRange)
                .extracting(RuleProblem::toString)
                .containsExactly(file("parameters.properties") + ":2: ban-days must be positive, not 0");
    }

    @Test
    void aRuleCitingNoClauseOrAnUnknownOneIsReportedAtItsLine() throws IOException {
        // given one rule citing nothing and another citing a clause the catalogue does not list
        String drl = HEADER
                + rule("Advice citing nothing", "    $i : Incident()").replace("    @clause(\"CoC-7\")\n", "")
                + rule("Advice citing a clause nobody wrote", "    $i : Incident()")
                        .replace("CoC-7", "CoC-99");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then both are reported, at the lines their rules start on
        assertThat(problems)
                .extracting(RuleProblem::line)
                .containsExactly(lineOf(drl, "rule \"Advice citing nothing"), lineOf(drl, "rule \"Advice citing a"));
    }

    @Test
    void aMethodDroolsCannotResolveIsPlacedAtALineOfItsRule() throws IOException {
        // given a rule calling a method no incident has
        String drl = HEADER + rule("Advice on an odd incident", "    $i : Incident( person.fooBar() )");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then the error is at the line of the condition, in the officer's file
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file("advice.drl"));
            assertThat(problem.line()).isEqualTo(lineOf(drl, "person.fooBar()"));
            assertThat(problem.message()).contains("unable to resolve method");
        });
    }

    @Test
    void aDroolsErrorWithNoLineThatNamesItsRuleIsPlacedAtTheLineTheRuleStartsOn() {
        // given an error as Drools gives some: no line, no expression quoted, only the rule's name
        String drl = HEADER + rule("Advice on an odd incident", "    $i : Incident()");
        RuleSources sources = RuleSources.ofFolder(
                java.util.Map.of("test/rules/0-advice.drl", new RuleSources.Source(file("advice.drl"), drl)),
                folder.toString());

        // when it is placed
        RuleProblem problem = sources.problem(
                "test/rules/0-advice.drl",
                -1,
                "Rule Compilation error : [Rule name='Advice on an odd incident'] The method becaus(String) is undefined");

        // then it is at the rule's first line, in the officer's file
        assertThat(problem.file()).isEqualTo(file("advice.drl"));
        assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"Advice on an odd incident"));
    }

    @Test
    void aSanctionKindComparedWithAStringIsASilentMistakeWithTheConstantToWrite() throws IOException {
        // given a rule comparing a sanction's kind, an enum, with a string (Drools compiles it)
        String drl = HEADER
                + rule(
                        "Advice after a warning",
                        "    $i : Incident()\n    Sanction( person == $i.person, kind == \"warning\" )");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then it is reported at its line, with what to write instead
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file("advice.drl"));
            assertThat(problem.line()).isEqualTo(lineOf(drl, "kind == \"warning\""));
            assertThat(problem.message())
                    .contains("rule \"Advice after a warning\"")
                    .contains("kind == \"warning\" is always false")
                    .contains("write kind == SanctionKind.WARNING");
        });
    }

    @Test
    void aSanctionKindComparedWithAStringLoadsAndNeverMatches() throws IOException {
        // given the same mistake: this is why check must catch it, loading says nothing
        write(HEADER
                + rule(
                        "Advice after a warning",
                        "    $i : Incident()\n    Sanction( person == $i.person, kind == \"warning\" )"));
        PolicyEngine engine = PolicyEngine.fromRuleFolder(folder);

        // when a case with a warning and an incident is decided
        LocalDate day = LocalDate.of(2025, 6, 2);
        var decision = engine.decide(
                day,
                List.of(
                        new Person("alex", Standing.MEMBER),
                        new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                        Sanction.warning("s1", "alex", "clp-page", day.minusMonths(2), null),
                        Incident.consulted("i1", "alex", "clp-page", day.minusMonths(1), "trolling")));

        // then the rule never fired
        assertThat(decision.actions()).isEmpty();
    }

    @Test
    void aConductTheTableDoesNotListIsASilentMistake() throws IOException {
        // given a rule naming a conduct misspelled, as an officer did
        String drl = HEADER
                + rule("Advice on trolling", "    $i : Incident( conduct == \"trollng\" || conduct == \"trolling\" )");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then the misspelling alone is reported, with the kinds that the table lists
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(drl, "\"trollng\""));
            assertThat(problem.message())
                    .contains("\"trollng\" is not a kind of conduct in conduct.properties")
                    .contains("write one of trolling");
        });
    }

    @Test
    void aFieldOfADeclaredTypeIsFollowedToTheEnumItHolds() throws IOException {
        // given a derived fact holding a sanction, whose kind is compared with a string
        String drl = HEADER
                + """
                declare Warned
                    sanction : Sanction
                end

                rule "Sanctions are remembered"
                    @clause("CoC-7")
                when
                    $s : Sanction()
                then
                    insertLogical(new Warned($s));
                end
                """
                + rule("Advice after a ban", "    $i : Incident()\n    Warned( sanction.kind == \"ban\" )");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then the comparison is found through the declared field
        assertThat(problems)
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .contains("sanction.kind is a SanctionKind")
                        .contains("write sanction.kind == SanctionKind.BAN"));
    }

    @Test
    void aPatternOnATypeNothingInsertsIsASilentMistake() throws IOException {
        // given a derived fact that no rule inserts any more (its rule was deleted in an edit)
        String drl =
                HEADER + """
                declare Warned
                    person : String
                end
                """ + rule("Advice after a warning", "    $i : Incident()\n    Warned( person == $i.person )");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then the pattern that can never match is reported at its line
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(drl, "Warned( person"));
            assertThat(problem.message()).contains("matches nothing").contains("no rule inserts one");
        });
    }

    @Test
    void anInsertCommentedOutInsertsNothing() throws IOException {
        // given a derived fact whose one insert an officer has commented out
        String drl =
                HEADER + """
                declare Warned
                    person : String
                end

                rule "Warnings are remembered"
                    @clause("CoC-7")
                when
                    $s : Sanction()
                then
                    // insertLogical(new Warned($s.person()));
                end
                """ + rule("Advice after a warning", "    $i : Incident()\n    Warned( person == $i.person )");
        write(drl);

        // when the folder is checked
        List<RuleProblem> problems = PolicyEngine.check(folder).problems();

        // then the pattern on it is reported as matching nothing
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(drl, "Warned( person"));
            assertThat(problem.message()).contains("matches nothing");
        });
    }
}
