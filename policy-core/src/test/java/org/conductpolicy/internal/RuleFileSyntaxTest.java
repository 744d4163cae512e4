package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conductpolicy.internal.TestRuleFolder.lineOf;
import static org.conductpolicy.internal.TestRuleFolder.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule file an officer got wrong is refused at the line of the mistake, and a file that is not UTF-8 text
 * is refused saying so, rather than with where Drools' parser gave up or with Java's "Input length = 1".
 */
class RuleFileSyntaxTest {
    private static final String RULE = TestRuleFolder.HEADER + """
            import org.conductpolicy.api.fact.Sanction;

            rule "An incident without a sanction is advised on"
                @clause("CoC-7")
            when
                $i : Incident()
                not Sanction( incident == $i.id() )
            then
                insertLogical(Proposal.of(ActionType.ADVISE)
                    .person($i.person())
                    .incident($i.id())
                    .because("why"));
            end

            """ + TestRuleFolder.everyIncidentAdvisedOn("");

    @TempDir
    Path folder;

    private void refusedAt(Path file, int line, String message) {
        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(folder))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new RuleProblem(file.toString(), line, message)));
        assertThat(PolicyEngine.check(folder).problems()).contains(new RuleProblem(file.toString(), line, message));
    }

    @Test
    void aBracketLeftOpenInAConditionIsReportedAtItsLineNotWhereTheParserGaveUp() throws IOException {
        // given a pattern whose '(' is never closed, above a consequence of several lines
        String drl = RULE.replace("not Sanction( incident == $i.id() )", "not Sanction( incident == $i.id()");
        Path file = write(folder, drl);

        // then the file is refused at the pattern's line (Drools' parser names the first line of the consequence)
        refusedAt(file, lineOf(drl, "not Sanction("), "this '(' is not closed before the rule's 'then'");
    }

    @Test
    void aRuleWithoutThenIsReportedAtItsConditionsNotAtItsEnd() throws IOException {
        // given a rule whose 'then' is missing, so that its consequence reads as more conditions
        String drl = RULE.replace(
                "    not Sanction( incident == $i.id() )\nthen\n", "    not Sanction( incident == $i.id() )\n");
        Path file = write(folder, drl);

        // then the file is refused at the rule's 'when' (Drools' parser names its 'end', 7 lines on)
        refusedAt(
                file,
                lineOf(drl, "when"),
                "rule \"An incident without a sanction is advised on\" has no 'then' between its conditions and its 'end'");
    }

    @Test
    void aRuleWithoutEndIsReportedAtItsConsequenceNotInTheNextRule() throws IOException {
        // given a rule whose 'end' is missing, so that the next rule reads as its consequence
        String drl = RULE.replace("        .because(\"why\"));\nend\n", "        .because(\"why\"));\n");
        Path file = write(folder, drl);

        // then the file is refused at the consequence's last line
        refusedAt(
                file,
                lineOf(drl, "        .because(\"why\"));"),
                "rule \"An incident without a sanction is advised on\" has no 'end' after its consequence");
    }

    @Test
    void aRuleFileThatIsNotUtf8IsRefusedNamingTheByteAndItsLine() throws IOException {
        // given a rule file saved as Latin-1, with an 'é' in a comment on its fourth line
        String drl = RULE.replace(
                "import org.conductpolicy.api.fact.Incident;\n",
                "import org.conductpolicy.api.fact.Incident;\n// café\n");
        Path file = write(folder, drl.getBytes(StandardCharsets.ISO_8859_1));

        // then it is refused saying it is not UTF-8, at the byte's line
        refusedAt(file, 4, "is not UTF-8 text (byte 0xE9 at line 4): save it as UTF-8");
    }

    @Test
    void aParametersFileThatIsNotUtf8IsRefusedTheSameWay() throws IOException {
        // given a good rule file, and a parameters file saved as Latin-1 with an 'é' on its second line
        write(folder, RULE);
        Path parameters = folder.resolve("parameters.properties");
        Files.write(parameters, ("# réglages\n" + TestParameters.COMPLETE).getBytes(StandardCharsets.ISO_8859_1));

        // then the folder is refused at the parameters file
        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(folder))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new RuleProblem(
                                        parameters.toString(),
                                        1,
                                        "is not UTF-8 text (byte 0xE9 at line 1): save it as UTF-8")));
    }
}
