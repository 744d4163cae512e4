package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conductpolicy.api.ActionType.ADVISE;
import static org.conductpolicy.api.ActionType.NO_BREACH;
import static org.conductpolicy.api.ActionType.WARN;
import static org.conductpolicy.rules.Facts.incident;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.types;

import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.vocabulary.ConductClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the code of conduct makes of each incident: the conduct table (conduct.properties), conduct.drl, and
 * the first actions in ladder.drl.
 */
class ConductTest {

    /** This class tests the conduct table and the ladder: other concerns' actions are left out of its decisions. */
    private static Decision decide(String asOf, Fact... facts) {
        return Rules.concerning(Rules.LADDER, Rules.decide(asOf, facts));
    }

    private static Decision decide(String asOf, List<? extends Fact> facts) {
        return Rules.concerning(Rules.LADDER, Rules.decide(asOf, facts));
    }

    /** The conduct table of policy-rules/docs/clauses.md: each breach and the clause it breaks. */
    private static final Map<String, String> BREACHES = Map.ofEntries(
            Map.entry("harassment", "CoC-4"),
            Map.entry("intimidation", "CoC-4"),
            Map.entry("hateful-language", "CoC-4"),
            Map.entry("bullying", "CoC-4"),
            Map.entry("personal-attack", "CoC-7"),
            Map.entry("shaming", "CoC-7"),
            Map.entry("anonymous-abuse", "CoC-8"),
            Map.entry("sexualised-content", "CoC-9"),
            Map.entry("unwelcome-sexual-attention", "CoC-9"),
            Map.entry("private-information", "CoC-9"),
            Map.entry("amplifying-abuser", "CoC-10"),
            Map.entry("trolling", "CoC-13"),
            Map.entry("unwelcome-contact", "CoC-13"));

    private static Decision decideOne(Incident incident) {
        return decide("2025-03-02", member("alex"), page("clp-page"), incident);
    }

    @ParameterizedTest // CoC-5 (a breach goes up the ladder), CoC-4, CoC-7, CoC-8, CoC-9, CoC-10, CoC-13
    @ValueSource(
            strings = {
                "harassment",
                "intimidation",
                "hateful-language",
                "bullying",
                "personal-attack",
                "shaming",
                "anonymous-abuse",
                "sexualised-content",
                "unwelcome-sexual-attention",
                "private-information",
                "amplifying-abuser",
                "trolling",
                "unwelcome-contact"
            })
    void every_abusive_conduct_in_the_table_is_a_breach_that_earns_a_warning_naming_its_clause(String conduct) {
        Decision decision = decideOne(incident("i1", "alex", "clp-page", "2025-03-01", conduct));

        assertThat(types(decision)).containsExactly(WARN);
        assertThat(decision.actions().get(0).because())
                .contains(BREACHES.get(conduct))
                .contains("2025-03-01");
    }

    @Test
    void the_built_in_conduct_table_is_the_table_of_clauses_md() {
        ConductTable table = Rules.ENGINE.conductTable();

        BREACHES.forEach((conduct, clause) -> assertThat(table.kind(conduct)).hasValueSatisfying(kind -> {
            assertThat(kind.conductClass()).isEqualTo(ConductClass.BREACH);
            assertThat(kind.clauses()).containsExactly(clause);
        }));
        assertThat(table.kinds().keySet())
                .containsAll(BREACHES.keySet())
                .contains("discrimination", "derogatory-description", "policy-criticism", "vehement-disagreement")
                .hasSize(BREACHES.size() + 4);
        assertThat(ConductTable.builtIn().kinds()).isEqualTo(table.kinds());
        assertThat(table.kind("discrimination").orElseThrow().characteristics())
                .containsExactly(
                        "gender", "race", "religion", "age", "sexual-orientation", "gender-identity", "disability");
    }

    @ParameterizedTest // CoC-4
    @ValueSource(strings = {"gender", "race", "religion", "age", "sexual-orientation", "gender-identity", "disability"})
    void discrimination_on_every_protected_characteristic_is_a_breach(String characteristic) {
        Incident discrimination = Incident.consulted("i1", "alex", "clp-page", day("2025-03-01"), "discrimination")
                .withCharacteristic(characteristic);

        Decision decision = decideOne(discrimination);

        assertThat(types(decision)).containsExactly(WARN);
        assertThat(decision.actions().get(0).because()).contains("CoC-4");
    }

    @Test // CoC-4
    void discrimination_without_the_characteristic_discriminated_on_is_refused() {
        Incident discrimination = Incident.consulted("i1", "alex", "clp-page", day("2025-03-01"), "discrimination");

        assertThatThrownBy(() -> decideOne(discrimination))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 3 (incident 'i1'): field 'characteristic' is required for conduct 'discrimination':"
                        + " one of gender, race, religion, age, sexual-orientation, gender-identity, disability");
    }

    @Test // CoC-4
    void a_characteristic_belongs_only_to_discrimination_and_only_to_those_the_table_lists() {
        Incident trolling = Incident.consulted("i1", "alex", "clp-page", day("2025-03-01"), "trolling")
                .withCharacteristic("age");
        Incident onPolitics = Incident.consulted("i1", "alex", "clp-page", day("2025-03-01"), "discrimination")
                .withCharacteristic("political-view");

        assertThatThrownBy(() -> decideOne(trolling))
                .hasMessage("fact 3 (incident 'i1'): field 'characteristic' is only for conduct 'discrimination'");
        assertThatThrownBy(() -> decideOne(onPolitics))
                .hasMessageContaining("field 'characteristic' is 'political-view', not one of: gender, race");
    }

    @Test
    void an_incident_whose_conduct_the_table_does_not_list_is_refused_naming_the_known_kinds() {
        Incident impersonation = Incident.consulted("i1", "alex", "clp-page", day("2025-03-01"), "impersonation");

        assertThatThrownBy(() -> decideOne(impersonation))
                .isInstanceOfSatisfying(InvalidFactException.class, invalid -> {
                    assertThat(invalid.factId()).contains("i1");
                    assertThat(invalid.field()).isEqualTo("conduct");
                    assertThat(invalid.position()).hasValue(3);
                })
                .hasMessageStartingWith("fact 3 (incident 'i1'): field 'conduct' is 'impersonation', not a kind of"
                        + " conduct the rules' conduct table lists: harassment, intimidation,")
                .hasMessageContaining("vehement-disagreement");
    }

    @ParameterizedTest // CoC-2, CoC-7, PRN-6
    @ValueSource(strings = {"policy-criticism", "vehement-disagreement"})
    void legitimate_debate_is_no_breach_and_starts_no_ladder(String conduct) {
        Decision decision = decideOne(incident("i1", "alex", "clp-page", "2025-03-01", conduct));

        Action noBreach = decision.actions().get(0);
        assertThat(types(decision)).containsExactly(NO_BREACH);
        assertThat(noBreach.text(ActionField.INCIDENT)).contains("i1");
        assertThat(noBreach.clauses()).containsExactly("CoC-2", "CoC-7", "PRN-6");
    }

    @Test // CoC-7
    void a_derogatory_description_earns_advice_and_no_step_of_the_ladder() {
        Decision decision = decideOne(incident("i1", "alex", "clp-page", "2025-03-01", "derogatory-description"));

        Action advice = decision.actions().get(0);
        assertThat(types(decision)).containsExactly(ADVISE);
        assertThat(advice.text(ActionField.PERSON)).contains("alex");
        assertThat(advice.clauses()).containsExactly("CoC-7");
    }

    @Test // CoC-7
    void advice_and_legitimate_debate_do_not_count_as_a_first_breach_on_the_ladder() {
        Decision decision = decide(
                "2025-03-02",
                member("alex"),
                page("clp-page"),
                incident("i1", "alex", "clp-page", "2025-01-01", "derogatory-description"),
                incident("i2", "alex", "clp-page", "2025-01-02", "vehement-disagreement"),
                incident("i3", "alex", "clp-page", "2025-03-01", "bullying"));

        assertThat(types(decision)).containsExactly(ADVISE, NO_BREACH, WARN);
        assertThat(decision.actionsOf(WARN).get(0).text(ActionField.INCIDENT)).contains("i3");
    }
}
