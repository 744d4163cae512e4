package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.fact.ActionTaken;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the engine turns what rules propose into a decision, whatever the rules are. */
class DroolsPolicyEngineTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);
    private static final String PARAMETERS = TestParameters.COMPLETE;

    /** Two rules that propose the same action for a person, each once for each of their incidents. */
    private static final String TWO_RULES_ONE_ACTION = TestRuleFolder.HEADER + """
            rule "Every incident takes its person's access away"
                @clause("CoC-7")
            when
                $i : Incident()
            then
                insertLogical(Proposal.of(ActionType.REVOKE_ACCESS).person($i.person()).platform($i.platform())
                    .because("because of " + $i.id()));
            end

            rule "An incident also takes access away for another reason"
                @clause("CoC-11")
            when
                $i : Incident()
            then
                insertLogical(Proposal.of(ActionType.REVOKE_ACCESS).person($i.person()).platform($i.platform())
                    .because("also " + $i.id()));
            end
            """;

    @TempDir
    Path folder;

    private PolicyEngine engineWith(String drl) throws IOException {
        return engineIn(folder, drl);
    }

    private static PolicyEngine engineIn(Path folder, String drl) throws IOException {
        return engineIn(folder, drl, "derogatory-description = advisory CoC-7\n");
    }

    private static PolicyEngine engineIn(Path folder, String drl, String conductTable) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("parameters.properties"), PARAMETERS);
        Files.writeString(folder.resolve("clauses.properties"), "CoC-7 = ...\nCoC-11 = ...\n");
        Files.writeString(folder.resolve("conduct.properties"), conductTable);
        Files.writeString(folder.resolve("test.drl"), drl);
        return RuleSets.fromFolder(folder);
    }

    private static List<Fact> incidents(String... ids) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Person("alex", Standing.MEMBER), new Platform("page", PlatformKind.FACEBOOK_PAGE, Owner.CLP)));
        for (String id : ids) {
            facts.add(Incident.consulted(id, "alex", "page", AS_OF, "derogatory-description"));
        }
        return facts;
    }

    @Test
    void the_same_action_proposed_many_times_is_one_action_citing_every_proposing_rule() throws IOException {
        Decision decision = engineWith(TWO_RULES_ONE_ACTION).decide(AS_OF, incidents("i1", "i2"));

        assertThat(decision.actions()).singleElement().satisfies(revoke -> {
            assertThat(revoke.clauses()).containsExactly("CoC-7", "CoC-11");
            assertThat(revoke.rule()).isEqualTo("An incident also takes access away for another reason");
            assertThat(revoke.because()).isEqualTo("also i1");
        });
    }

    @Test
    void an_action_recorded_as_taken_is_no_longer_proposed_and_one_for_another_platform_clears_nothing()
            throws IOException {
        PolicyEngine engine = engineWith(TWO_RULES_ONE_ACTION);
        List<Fact> facts = incidents("i1");
        facts.add(new Platform("other-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP));
        Action revoke = engine.decide(AS_OF, facts).actions().get(0);

        List<Fact> elsewhere = new ArrayList<>(facts);
        elsewhere.add(ActionTaken.of(
                ActionType.REVOKE_ACCESS,
                Map.of(ActionField.PERSON, "alex", ActionField.PLATFORM, "other-page"),
                AS_OF));
        List<Fact> done = new ArrayList<>(facts);
        done.add(ActionTaken.of(revoke, AS_OF));

        assertThat(engine.decide(AS_OF, elsewhere).actions()).containsExactly(revoke);
        assertThat(engine.decide(AS_OF, done).actions()).isEmpty();
    }

    @Test
    void an_action_taken_dated_after_the_day_asked_about_is_refused() throws IOException {
        PolicyEngine engine = engineWith(TWO_RULES_ONE_ACTION);
        List<Fact> facts = incidents("i1");
        facts.add(ActionTaken.of(
                ActionType.REVOKE_ACCESS,
                Map.of(ActionField.PERSON, "alex", ActionField.PLATFORM, "page"),
                AS_OF.plusDays(1)));

        assertThatThrownBy(() -> engine.decide(AS_OF, facts))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 4 (action-taken): field 'on' is 2025-06-03, after asOf 2025-06-02");
    }

    @Test
    void which_proposal_gives_a_merged_action_its_reason_does_not_depend_on_the_order_of_the_facts()
            throws IOException {
        PolicyEngine engine = engineWith(TWO_RULES_ONE_ACTION);
        List<Fact> facts = incidents("i1", "i2", "i3", "i4");
        Decision expected = engine.decide(AS_OF, facts);

        List<Fact> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);

        assertThat(engine.decide(AS_OF, reversed)).isEqualTo(expected);
        assertThat(expected.actions()).extracting(Action::because).containsExactly("also i1");
    }

    @Test
    void two_rule_sets_that_decide_the_same_under_other_rule_names_make_equal_decisions() throws IOException {
        String renamed = TWO_RULES_ONE_ACTION
                .replace("Every incident takes its person's access away", "Access goes with every incident")
                .replace("An incident also takes access away for another reason", "Access goes for another reason");
        List<Fact> facts = incidents("i1", "i2");

        Decision original =
                engineIn(folder.resolve("original"), TWO_RULES_ONE_ACTION).decide(AS_OF, facts);
        Decision other = engineIn(folder.resolve("renamed"), renamed).decide(AS_OF, facts);

        assertThat(other.actions()).extracting(Action::rule).containsExactly("Access goes for another reason");
        assertThat(other).isEqualTo(original);
    }

    @Test
    void a_proposal_without_a_reason_is_refused_naming_its_rule() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice without a reason"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("rule \"Advice without a reason\" proposed advise without saying why");
    }

    @Test
    void a_rule_that_fails_while_deciding_is_named_with_what_went_wrong() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice that divides by zero"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).because("" + (1 / 0)));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("rule \"Advice that divides by zero\" failed while deciding")
                .hasMessageContaining("ArithmeticException")
                .hasMessageContaining("test.drl:5): java.lang.ArithmeticException")
                .hasRootCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void a_rule_whose_condition_fails_is_named_with_its_file_not_thrown_as_a_drools_exception() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "An incident a billion years on"
                    @clause("CoC-7")
                when
                    $i : Incident( on.plusYears(1000000000) != null )
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).because("never"));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isExactlyInstanceOf(PolicyException.class)
                .hasMessageStartingWith(
                        "rule \"An incident a billion years on\" failed in a condition while deciding (")
                .hasMessageContaining("test.drl:5): java.time.DateTimeException");
    }

    /** A rule folder whose one rule never fires: what is measured is the engine, not the rules. */
    private PolicyEngine engineWithARuleThatNeverFires() throws IOException {
        return engineWith(TestRuleFolder.HEADER + """
                rule "An incident no one can have"
                    @clause("CoC-7")
                when
                    $i : Incident( person == "no one" )
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).because("never"));
                end
                """);
    }

    @Test
    void a_case_with_more_facts_than_a_decision_takes_is_refused_naming_the_limit_and_the_count() throws IOException {
        PolicyEngine engine = engineWithARuleThatNeverFires();
        List<Fact> people = new ArrayList<>();
        for (int n = 0; n <= PolicyEngine.MAX_FACTS_PER_CASE; n++) {
            people.add(new Person("member-" + n, Standing.MEMBER));
        }

        assertThatThrownBy(() -> engine.decide(AS_OF, people))
                .isExactlyInstanceOf(PolicyException.class)
                .hasMessage("the case has 200001 facts, more than the limit of 200000 facts per case: decide it in"
                        + " smaller cases (one per person)");
        assertThat(engine.decide(AS_OF, people.subList(0, PolicyEngine.MAX_FACTS_PER_CASE))
                        .actions())
                .isEmpty();
    }

    @Test
    void a_case_with_more_facts_naming_one_person_than_a_decision_takes_is_refused_without_naming_them()
            throws IOException {
        PolicyEngine engine = engineWithARuleThatNeverFires();
        List<Fact> atTheLimit = incidents(); // alex and a page
        for (int n = 1; n < PolicyEngine.MAX_FACTS_PER_PERSON; n++) {
            atTheLimit.add(Incident.consulted("i" + n, "alex", "page", AS_OF, "derogatory-description"));
        }
        List<Fact> pastIt = new ArrayList<>(atTheLimit);
        pastIt.add(Incident.consulted("one-more", "alex", "page", AS_OF, "derogatory-description"));

        assertThat(engine.decide(AS_OF, atTheLimit).actions()).isEmpty();
        assertThatThrownBy(() -> engine.decide(AS_OF, pastIt))
                .isExactlyInstanceOf(PolicyException.class)
                .hasMessage("one person is named by 20001 facts, more than the limit of 20000 facts per person")
                .message()
                .doesNotContain("alex");
    }

    @Test
    void aDecisionAfterOneWhoseRuleFailedIsMadeAfreshInTheSessionThatFailedGivenBackReset() throws IOException {
        // given rules that advise on every incident, one of which fails on an incident with id "bad"
        PolicyEngine engine = engineWith(TestRuleFolder.ADVISE_EVERY_INCIDENT + """

                rule "An incident called bad divides by zero"
                    @clause("CoC-7")
                when
                    $i : Incident( id == "bad" )
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).because("" + (1 / 0)));
                end
                """);
        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("bad"))).isInstanceOf(PolicyException.class);

        // when the engine decides other cases (the failed session back in the pool, reset)
        List<Decision> after = List.of(engine.decide(AS_OF, incidents("i1")), engine.decide(AS_OF, incidents()));

        // then nothing of the failed case is left: advice on i1 alone, then nothing at all
        assertThat(after.get(0).actions())
                .extracting(action -> action.fields().get(ActionField.INCIDENT))
                .containsExactly("i1");
        assertThat(after.get(1).actions()).isEmpty();
    }

    @Test
    void a_proposal_with_a_field_its_action_does_not_carry_is_refused_naming_its_rule() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice with days"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).days(3).because("why"));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("rule \"Advice with days\" proposed an action that cannot be: advise does not carry the"
                        + " field 'days'");
    }

    @Test
    void a_proposal_missing_a_field_its_action_needs_is_refused_naming_its_rule() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice about nobody"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).incident($i.id()).because("why"));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("rule \"Advice about nobody\" proposed an action that cannot be: advise needs the field"
                        + " 'person'");
    }

    @Test
    void a_proposal_cites_a_clause_from_data_besides_its_rules_own() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice citing the clause its incident breaks"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).incident($i.id())
                        .citing("CoC-11").because("why"));
                end
                """);

        assertThat(engine.decide(AS_OF, incidents("i1")).actions())
                .singleElement()
                .satisfies(action -> assertThat(action.clauses()).containsExactly("CoC-7", "CoC-11"));
    }

    @Test
    void a_proposal_cites_several_clauses_from_data_written_as_a_clause_annotation_writes_them() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice citing two clauses from data"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).incident($i.id())
                        .citing("CoC-11, CoC-7").because("why"));
                end
                """);

        assertThat(engine.decide(AS_OF, incidents("i1")).actions())
                .singleElement()
                .satisfies(advice -> assertThat(advice.clauses()).containsExactly("CoC-7", "CoC-11"));
    }

    @Test
    void aRuleCannotProposeARecipientOutsideTheVocabulary() {
        // given a rule that routes a complaint to a recipient spelt as a string
        String routesToAString = TestRuleFolder.HEADER + """
                rule "A complaint goes to a team named in words"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ROUTE_COMPLAINT).complaint("c1")
                        .to("national-complaints").because("why"));
                end
                """;

        // then the rules do not load: the builder takes only the recipient enums
        assertThatThrownBy(() -> engineWith(routesToAString))
                .isInstanceOf(PolicyRulesException.class)
                .hasMessageContaining("test.drl")
                .hasMessageContaining("not applicable for the arguments (String)");
    }

    @Test
    void aRuleCannotProposeAConstantOfAnEnumTheFieldDoesNotTake() {
        // given a rule that routes a complaint to a role rather than to a complaint recipient
        String routesToARole = TestRuleFolder.HEADER + """
                import org.conductpolicy.api.fact.RoleName;
                rule "A complaint goes to a role"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ROUTE_COMPLAINT).complaint("c1")
                        .to(RoleName.SECRETARY).because("why"));
                end
                """;

        assertThatThrownBy(() -> engineWith(routesToARole))
                .isInstanceOf(PolicyRulesException.class)
                .hasMessageContaining("test.drl")
                .hasMessageContaining("not applicable for the arguments (RoleName)");
    }

    @Test
    void aRecipientOfAnotherActionsVocabularyIsRefusedWhenTheRuleProposes() throws IOException {
        // given a rule that routes an appeal to a complaint recipient: it compiles, being a recipient
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                import org.conductpolicy.api.ComplaintRecipient;
                rule "An appeal goes to the National Complaints team"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ROUTE_APPEAL).appeal("a1")
                        .to(ComplaintRecipient.NATIONAL_COMPLAINTS).because("why"));
                end
                """);

        // then the action refuses it: a route-appeal's to is an AppealRecipient
        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(
                        "route-appeal.to must be one of secretary, ec-officer, not 'NATIONAL_COMPLAINTS'");
    }

    @Test
    void a_proposal_citing_a_clause_the_catalogue_does_not_list_is_refused_naming_its_rule() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                rule "Advice citing a clause nobody wrote"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).incident($i.id())
                        .citing("CoC-99").because("why"));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("rule \"Advice citing a clause nobody wrote\" cited 'CoC-99', which the clause"
                        + " catalogue does not list");
    }

    @Test
    void rules_that_never_settle_are_stopped_with_an_error_instead_of_running_forever() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                declare Tick
                    n : int
                end
                rule "Every tick makes another"
                    @clause("CoC-7")
                when
                    Tick( $n : n )
                    not Tick( n == $n + 1 )
                then
                    insert(new Tick($n + 1));
                end
                rule "The first tick"
                    @clause("CoC-7")
                when
                    Incident()
                then
                    insert(new Tick(0));
                end
                """);

        assertThatThrownBy(() -> engine.decide(AS_OF, incidents("i1")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("without settling")
                // the bound for 3 facts: 10,000 firings and 100 a fact
                .hasMessageContaining("past the limit of 10300 firings");
    }

    @Test
    void the_line_of_an_incidents_kind_of_conduct_is_a_fact_the_rules_can_join_the_incident_to() throws IOException {
        PolicyEngine engine = engineWith(TestRuleFolder.HEADER + """
                import org.conductpolicy.vocabulary.ConductKind;
                import org.conductpolicy.vocabulary.ConductClass;
                rule "Act on what the table calls advisory, citing the table's clause"
                    @clause("CoC-11")
                when
                    $i : Incident( $conduct : conduct )
                    ConductKind( name == $conduct, conductClass == ConductClass.ADVISORY, $clauses : clauses )
                    $clause : String() from $clauses
                then
                    insertLogical(Proposal.of(ActionType.REVOKE_ACCESS).person($i.person()).platform($i.platform())
                        .citing($clause).because("x"));
                end
                """);

        assertThat(engine.decide(AS_OF, incidents("i1")).actions())
                .singleElement()
                .satisfies(action -> assertThat(action.clauses()).containsExactly("CoC-7", "CoC-11"));
    }

    @Test
    void a_session_holds_the_lines_of_the_kinds_of_conduct_its_incidents_name_and_no_other() throws IOException {
        String twoKinds = "derogatory-description = advisory CoC-7\ntrolling = breach CoC-11\n";
        PolicyEngine engine = engineIn(folder, TestRuleFolder.HEADER + """
                import org.conductpolicy.vocabulary.ConductKind;
                rule "Each line of the conduct table in the session is named in an action"
                    @clause("CoC-7")
                when
                    ConductKind( $kind : name )
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.REVOKE_ACCESS).person($i.person()).platform($kind)
                        .because("x"));
                end
                """, twoKinds);

        Decision decision = engine.decide(AS_OF, incidents("i1"));

        assertThat(decision.actions())
                .extracting(action -> action.text(ActionField.PLATFORM).orElseThrow())
                .containsExactly("derogatory-description");
    }

    @Test
    void an_incident_whose_conduct_the_table_does_not_list_is_refused_before_anything_is_decided() throws IOException {
        PolicyEngine engine = engineWith(TWO_RULES_ONE_ACTION);
        List<Fact> facts = incidents("i1");
        facts.add(Incident.consulted("i2", "alex", "page", AS_OF, "impersonation"));

        assertThatThrownBy(() -> engine.decide(AS_OF, facts))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 4 (incident 'i2'): field 'conduct' is 'impersonation', not a kind of conduct the"
                        + " rules' conduct table lists: derogatory-description");
    }

    @Test
    void a_folder_without_its_conduct_table_is_refused_naming_the_file() throws IOException {
        engineWith(TWO_RULES_ONE_ACTION);
        Files.delete(folder.resolve("conduct.properties"));

        assertThatThrownBy(() -> RuleSets.fromFolder(folder))
                .isInstanceOf(PolicyRulesException.class)
                .hasMessageContaining(folder.resolve("conduct.properties") + ": is missing");
    }
}
