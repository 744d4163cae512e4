package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Characteristic;
import org.conductpolicy.api.fact.Conduct;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the code of conduct makes of each incident: conduct.drl, and the first actions in ladder.drl. */
class ConductTest {

    /** This class tests the conduct table and the ladder: other concerns' actions are left out of its decisions. */
    private static Decision decide(String asOf, Fact... facts) {
        return Rules.concerning(Rules.LADDER, Rules.decide(asOf, facts));
    }

    private static Decision decide(String asOf, List<? extends Fact> facts) {
        return Rules.concerning(Rules.LADDER, Rules.decide(asOf, facts));
    }

    /** The conduct table of policy-rules/docs/clauses.md: each breach and the clause it breaks. */
    private static final Map<Conduct, String> BREACHES = Map.ofEntries(
            Map.entry(Conduct.HARASSMENT, "CoC-4"),
            Map.entry(Conduct.INTIMIDATION, "CoC-4"),
            Map.entry(Conduct.HATEFUL_LANGUAGE, "CoC-4"),
            Map.entry(Conduct.BULLYING, "CoC-4"),
            Map.entry(Conduct.PERSONAL_ATTACK, "CoC-7"),
            Map.entry(Conduct.SHAMING, "CoC-7"),
            Map.entry(Conduct.ANONYMOUS_ABUSE, "CoC-8"),
            Map.entry(Conduct.SEXUALISED_CONTENT, "CoC-9"),
            Map.entry(Conduct.UNWELCOME_SEXUAL_ATTENTION, "CoC-9"),
            Map.entry(Conduct.PRIVATE_INFORMATION, "CoC-9"),
            Map.entry(Conduct.AMPLIFYING_ABUSER, "CoC-10"),
            Map.entry(Conduct.TROLLING, "CoC-13"),
            Map.entry(Conduct.UNWELCOME_CONTACT, "CoC-13"));

    private static Decision decideOne(Incident incident) {
        return decide("2025-03-02", member("alex"), page("clp-page"), incident);
    }

    @ParameterizedTest
    @EnumSource(
            value = Conduct.class,
            names = {"DISCRIMINATION", "DEROGATORY_DESCRIPTION", "POLICY_CRITICISM", "VEHEMENT_DISAGREEMENT"},
            mode = EnumSource.Mode.EXCLUDE)
    void every_abusive_conduct_in_the_table_is_a_breach_that_earns_a_warning_naming_its_clause(Conduct conduct) {
        Decision decision = decideOne(incident("i1", "alex", "clp-page", "2025-03-01", conduct));

        assertThat(types(decision)).containsExactly(WARN);
        assertThat(decision.actions().get(0).because())
                .contains(BREACHES.get(conduct))
                .contains("2025-03-01");
    }

    @ParameterizedTest // CoC-4
    @EnumSource(Characteristic.class)
    void discrimination_on_every_protected_characteristic_is_a_breach(Characteristic characteristic) {
        Incident discrimination =
                new Incident("i1", "alex", "clp-page", day("2025-03-01"), Conduct.DISCRIMINATION, characteristic, true);

        Decision decision = decideOne(discrimination);

        assertThat(types(decision)).containsExactly(WARN);
        assertThat(decision.actions().get(0).because()).contains("CoC-4");
    }

    @ParameterizedTest // CoC-2, CoC-7, PRN-6
    @EnumSource(
            value = Conduct.class,
            names = {"POLICY_CRITICISM", "VEHEMENT_DISAGREEMENT"})
    void legitimate_debate_is_no_breach_and_starts_no_ladder(Conduct conduct) {
        Decision decision = decideOne(incident("i1", "alex", "clp-page", "2025-03-01", conduct));

        Action noBreach = decision.actions().get(0);
        assertThat(types(decision)).containsExactly(NO_BREACH);
        assertThat(noBreach.text(ActionField.INCIDENT)).contains("i1");
        assertThat(noBreach.clauses()).contains("CoC-2", "CoC-7");
    }

    @Test // CoC-7
    void a_derogatory_description_earns_advice_and_no_step_of_the_ladder() {
        Decision decision = decideOne(incident("i1", "alex", "clp-page", "2025-03-01", Conduct.DEROGATORY_DESCRIPTION));

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
                incident("i1", "alex", "clp-page", "2025-01-01", Conduct.DEROGATORY_DESCRIPTION),
                incident("i2", "alex", "clp-page", "2025-01-02", Conduct.VEHEMENT_DISAGREEMENT),
                incident("i3", "alex", "clp-page", "2025-03-01", Conduct.BULLYING));

        assertThat(types(decision)).containsExactly(ADVISE, NO_BREACH, WARN);
        assertThat(decision.actionsOf(WARN).get(0).text(ActionField.INCIDENT)).contains("i3");
    }
}
