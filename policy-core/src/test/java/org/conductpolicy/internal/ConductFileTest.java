package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.Test;

/** The conduct table is read from one file an officer edits, strictly, each problem named with its line. */
class ConductFileTest {
    private static final Set<String> CATALOGUE = Set.of("CoC-2", "CoC-4", "CoC-7", "PRN-6");
    private static final String TABLE = """
            # The conduct table.
            personal-attack = breach CoC-7
            discrimination = breach CoC-4
            discrimination.characteristics = gender, race, sexual-orientation

            derogatory-description = advisory CoC-7
            policy-criticism = legitimate-debate CoC-2, CoC-7, PRN-6
            """;

    private static List<RuleProblem> problems(String text) {
        try {
            ConductFile.parse("conduct.properties", text, CATALOGUE);
        } catch (PolicyRulesException refused) {
            return refused.problems();
        }
        throw new AssertionError("the table was not refused");
    }

    @Test
    void each_line_is_a_kind_its_class_and_its_clauses_in_the_order_written() {
        ConductTable table = ConductFile.parse("conduct.properties", TABLE, CATALOGUE);

        assertThat(table.kinds().values())
                .containsExactly(
                        new ConductKind("personal-attack", ConductClass.BREACH, List.of("CoC-7"), List.of()),
                        new ConductKind(
                                "discrimination",
                                ConductClass.BREACH,
                                List.of("CoC-4"),
                                List.of("gender", "race", "sexual-orientation")),
                        new ConductKind("derogatory-description", ConductClass.ADVISORY, List.of("CoC-7"), List.of()),
                        new ConductKind(
                                "policy-criticism",
                                ConductClass.LEGITIMATE_DEBATE,
                                List.of("CoC-2", "CoC-7", "PRN-6"),
                                List.of()));
    }

    @Test
    void an_unknown_class_is_named_with_its_line_and_the_classes() {
        assertThat(problems(TABLE + "impersonation = forbidden CoC-7\n"))
                .containsExactly(new RuleProblem(
                        "conduct.properties",
                        8,
                        "'forbidden' is not a class of conduct; the classes are: breach, advisory, legitimate-debate"));
    }

    @Test
    void a_clause_the_catalogue_does_not_list_is_named_with_its_line() {
        assertThat(problems(TABLE.replace("personal-attack = breach CoC-7", "personal-attack = breach CoC-77")))
                .containsExactly(new RuleProblem("conduct.properties", 2, "'CoC-77' is not in the clause catalogue"));
    }

    @Test
    void a_kind_listed_twice_is_named_with_both_lines() {
        assertThat(problems(TABLE + "personal-attack = breach CoC-4\n"))
                .containsExactly(
                        new RuleProblem("conduct.properties", 8, "'personal-attack' is listed twice: first on line 2"));
    }

    @Test
    void a_malformed_line_is_named_with_its_line() {
        assertThat(problems(TABLE + "impersonation breach CoC-7\nshaming = breach\nBad_Name = breach CoC-7\n"))
                .extracting(RuleProblem::line, RuleProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                8, "is not 'kind = class clause', such as 'personal-attack = breach CoC-7'"),
                        org.assertj.core.groups.Tuple.tuple(
                                9, "'shaming' names no clause: add the clause that classes it, such as CoC-7"),
                        org.assertj.core.groups.Tuple.tuple(
                                10,
                                "'Bad_Name' is not spelled as case files spell a kind of conduct: lower-case words"
                                        + " joined by hyphens, such as personal-attack"));
    }

    @Test
    void a_breach_names_the_one_clause_it_breaks() {
        assertThat(problems(TABLE + "impersonation = breach CoC-4, CoC-7\n"))
                .containsExactly(new RuleProblem(
                        "conduct.properties",
                        8,
                        "'impersonation' is a breach, which names the one clause it breaks, not 2"));
    }

    @Test // CoC-4
    void characteristics_belong_to_a_kind_the_file_lists() {
        assertThat(problems(TABLE + "ageism.characteristics = age\n"))
                .containsExactly(new RuleProblem(
                        "conduct.properties",
                        8,
                        "'ageism.characteristics' is for the kind 'ageism', which this file does not list"));
    }

    @Test
    void a_line_continued_onto_the_next_is_refused_rather_than_read_half() {
        assertThat(problems(TABLE + "shaming = breach \\\n   CoC-7\n"))
                .extracting(RuleProblem::line)
                .contains(8);
    }

    @Test
    void a_table_of_no_kinds_is_refused() {
        assertThatThrownBy(() -> ConductFile.parse("conduct.properties", "# nothing\n", CATALOGUE))
                .hasMessageContaining("conduct.properties: lists no kinds of conduct");
    }
}
