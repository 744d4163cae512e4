package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Facts.unconsultedBreach;
import static org.conductpolicy.rules.Facts.warning;
import static org.conductpolicy.rules.Rules.day;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Explanation;
import org.conductpolicy.api.PolicyRule;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Side;
import org.junit.jupiter.api.Test;

/** {@code PolicyEngine.explain}: what the engine matched for each action, and why-not.drl's why-nots. */
class ExplainTest {
    private static Explanation explain(String asOf, Fact... facts) {
        return explain(asOf, List.of(facts));
    }

    private static Explanation explain(String asOf, List<? extends Fact> facts) {
        return Rules.ENGINE.explain(day(asOf), facts);
    }

    private static List<Fact> alex(Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(member("alex"), page("clp-page")));
        facts.addAll(List.of(more));
        return facts;
    }

    private static Explanation.Step stepOf(Explanation explanation, ActionType type) {
        return explanation.steps().stream()
                .filter(step -> step.action().type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> whyNotsAbout(Explanation explanation, String id) {
        return explanation.whyNots().stream()
                .filter(whyNot -> whyNot.about().equals(id))
                .map(Explanation.WhyNot::because)
                .toList();
    }

    @Test // ESC-2
    void aBanNamesItsRuleTheTextOfEachClauseItCitesAndTheBreachAndWarningItMatched() {
        Explanation explanation = explain(
                "2025-06-02",
                alex(
                        breach("i1", "alex", "clp-page", "2025-01-10"),
                        warning("w1", "alex", "clp-page", "2025-01-15", "i1"),
                        breach("i2", "alex", "clp-page", "2025-06-01")));

        Explanation.Step ban = stepOf(explanation, ActionType.BAN);

        assertThat(ban.action().rule()).isEqualTo("A consulted breach inside a warning's window brings a ban");
        assertThat(ban.clauses()).containsKeys("ESC-2", "INT-1", "INT-2", "INT-3");
        assertThat(ban.clauses().get("ESC-2")).isEqualTo(Rules.ENGINE.clauses().get("ESC-2"));
        assertThat(ban.matched())
                .containsExactly(
                        new Explanation.FactId(FactType.INCIDENT, "i2"),
                        new Explanation.FactId(FactType.SANCTION, "w1"));
    }

    @Test
    void anExplanationDecidesWhatTheDecisionDecides() {
        List<Fact> facts = alex(breach("i1", "alex", "clp-page", "2025-01-10"));

        assertThat(explain("2025-01-12", facts).decision()).isEqualTo(Rules.decide("2025-01-12", facts));
    }

    @Test // INT-2
    void aBreachCommittedBeforeTheWarningWasIssuedEarnsNoStepOfItsOwnBecauseTheWarningAnswersIt() {
        Explanation explanation = explain(
                "2025-02-01",
                alex(
                        breach("i1", "alex", "clp-page", "2025-01-10"),
                        breach("i2", "alex", "clp-page", "2025-01-12"),
                        warning("w1", "alex", "clp-page", "2025-01-15", "i1")));

        assertThat(explanation.steps())
                .extracting(step -> step.action().type())
                .doesNotContainAnyElementsOf(Rules.LADDER);
        assertThat(whyNotsAbout(explanation, "i2"))
                .containsExactly("no step of its own: the warning of 2025-01-15 was issued on or after this breach of"
                        + " 2025-01-12, and answers it");
        assertThat(explanation.whyNots())
                .filteredOn(w -> w.about().equals("i2"))
                .allSatisfy(whyNot -> assertThat(whyNot.clauses()).containsExactly("INT-2"));
        assertThat(whyNotsAbout(explanation, "i1"))
                .containsExactly("no further step: it has a sanction of its own," + " the warning of 2025-01-15");
    }

    @Test // ESC-2, INT-1, INT-5
    void aBreachAfterTheWarningsWindowEndedEarnsAWarningAndSaysWhyNotABan() {
        Explanation explanation = explain(
                "2026-02-01",
                alex(
                        breach("i1", "alex", "clp-page", "2024-01-10"),
                        warning("w1", "alex", "clp-page", "2024-01-15", "i1"),
                        breach("i2", "alex", "clp-page", "2025-01-20")));

        assertThat(stepOf(explanation, ActionType.WARN).action().text(ActionField.INCIDENT))
                .contains("i2");
        assertThat(whyNotsAbout(explanation, "i2"))
                .containsExactly(
                        "no ban: the window of the warning of 2024-01-15 ended on 2025-01-15, before this breach of 2025-01-20");
    }

    @Test // ESC-1, INT-12
    void aBreachTheAdminsHaveNotBeenConsultedOnSaysItTakesNoStepYet() {
        Explanation explanation =
                explain("2025-01-12", alex(unconsultedBreach("i1", "alex", "clp-page", "2025-01-10")));

        assertThat(stepOf(explanation, ActionType.CONSULT_ADMINS).matched())
                .containsExactly(new Explanation.FactId(FactType.INCIDENT, "i1"));
        assertThat(explanation.whyNots()).singleElement().satisfies(whyNot -> {
            assertThat(whyNot.about()).isEqualTo("i1");
            assertThat(whyNot.because()).isEqualTo("no warning or ban yet: the admins have not been consulted on it");
            assertThat(whyNot.rule())
                    .isEqualTo("A breach the admins have not been consulted on takes no step of the ladder yet");
            assertThat(whyNot.clauses()).containsExactly("ESC-1", "INT-12");
        });
    }

    @Test // ESC-6
    void anAppealWithOneSideHeardWaitsForTheOther() {
        Explanation explanation =
                explain("2025-02-01", Matters.appealed(Matters.heard("a1", Side.APPELLANT, "2025-01-25")));

        assertThat(whyNotsAbout(explanation, "a1"))
                .containsExactly("not decided yet: it waits for the admin team to be heard");
    }

    @Test // ESC-5, ESC-6
    void anAppealHeardOnBothSidesWaitsForTheExecutiveCommittee() {
        Explanation explanation = explain(
                "2025-02-01",
                Matters.appealed(
                        Matters.heard("a1", Side.APPELLANT, "2025-01-25"),
                        Matters.heard("a1", Side.ADMIN_TEAM, "2025-01-26")));

        assertThat(whyNotsAbout(explanation, "a1"))
                .containsExactly("not decided yet: both sides have been heard, and it waits for the EC's decision");
    }

    @Test // ESC-6, CMP-2
    void aComplaintWithNoSideHeardWaitsForBoth() {
        Explanation explanation = explain("2025-03-02", Matters.complained(false, false));

        assertThat(whyNotsAbout(explanation, "c1"))
                .containsExactly(
                        "not decided yet: it waits for the complainant to be heard",
                        "not decided yet: it waits for the respondent to be heard");
    }

    @Test // INT-2
    void aSecondConsultedBreachWaitsWhileTheLadderAnswersTheEarlierOne() {
        Explanation explanation = explain(
                "2025-01-20",
                alex(breach("i1", "alex", "clp-page", "2025-01-10"), breach("i2", "alex", "clp-page", "2025-01-12")));

        assertThat(whyNotsAbout(explanation, "i2"))
                .containsExactly("no step yet: the ladder first answers the earlier breach i1 of 2025-01-10, one step"
                        + " at a time");
    }

    @Test // ESC-3, INT-4
    void aBreachAfterTheBansWindowEndedSaysWhyNotALifetimeBan() {
        Explanation explanation = explain(
                "2026-06-01",
                alex(
                        breach("i1", "alex", "clp-page", "2024-01-10"),
                        Facts.ban("b1", "alex", "clp-page", "2024-01-15", "i1"),
                        breach("i2", "alex", "clp-page", "2025-05-20")));

        assertThat(whyNotsAbout(explanation, "i2"))
                .contains("no lifetime ban: the window of the ban of 2024-01-15 ended on 2025-02-14, before this"
                        + " breach of 2025-05-20");
    }

    @Test // INT-6
    void aWarningOverturnedOnAppealSaysItDoesNotCountForALaterBreach() {
        List<Fact> facts = Matters.appealed(
                Matters.decided("a1", "2025-02-10", Outcome.OVERTURNED, true),
                breach("i2", Matters.MEMBER, Matters.PAGE, "2025-03-01"));

        Explanation explanation = explain("2025-03-02", facts);

        assertThat(stepOf(explanation, ActionType.WARN).action().text(ActionField.INCIDENT))
                .contains("i2");
        assertThat(whyNotsAbout(explanation, "i2"))
                .containsExactly("the warning of 2025-01-12 does not count: the decision that stands on its appeal"
                        + " overturned it");
    }

    @Test // ESC-7
    void aContestedAppealDecisionWaitsForAReferral() {
        Explanation explanation =
                explain("2025-02-20", Matters.appealed(Matters.decided("a1", "2025-02-10", Outcome.UPHELD, false)));

        assertThat(whyNotsAbout(explanation, "a1"))
                .containsExactly("not settled: the appellant does not accept the EC's decision of 2025-02-10, and it"
                        + " waits for a referral to the National Complaints team");
    }

    @Test // CMP-2, CMP-6
    void aComplaintHeardOnBothSidesWaitsForTheDecisionOfWhoeverHasIt() {
        Explanation withTheAdmins = explain(
                "2025-03-10",
                Matters.complained(
                        false,
                        false,
                        Matters.complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        Matters.complaintHeard(Side.RESPONDENT, "2025-03-03")));

        assertThat(whyNotsAbout(withTheAdmins, "c1"))
                .containsExactly("not decided yet: both sides have been heard, and it waits for the decision of the"
                        + " admin team");
    }

    @Test // CMP-7
    void aComplaintTheExecutiveCommitteeLeftUnresolvedWaitsForAReferral() {
        Explanation explanation = explain(
                "2025-04-10",
                Matters.complained(
                        false,
                        false,
                        Matters.complaintHeard(Side.COMPLAINANT, "2025-03-02"),
                        Matters.complaintHeard(Side.RESPONDENT, "2025-03-03"),
                        Matters.complaintDecided(DecidingBody.ADMIN_TEAM, "2025-03-05", false),
                        Matters.complaintDecided(DecidingBody.EXECUTIVE_COMMITTEE, "2025-04-01", false)));

        assertThat(whyNotsAbout(explanation, "c1"))
                .containsExactly("not resolved at the CLP: it waits for a referral to the National Complaints team");
    }

    @Test
    void aDecisionWithNothingHeldBackHasNoWhyNots() {
        assertThat(explain("2025-01-12", alex()).whyNots()).isEmpty();
    }

    @Test
    void theFiredRulesIncludeClassificationRulesAndTheWhyNotRules() {
        Explanation explanation =
                explain("2025-01-12", alex(unconsultedBreach("i1", "alex", "clp-page", "2025-01-10")));

        assertThat(explanation.firedRules())
                .contains(
                        "A breach that no sanction has answered is pending",
                        "A breach the admins have not been consulted on goes to them before any step of the ladder",
                        "A breach the admins have not been consulted on takes no step of the ladder yet");
    }

    @Test
    void everyRuleIsPlacedInItsFileAtTheLineThatStartsIt() throws IOException {
        // Given the built-in engine's rules, each with the file and line the engine places it at
        List<PolicyRule> rules = Rules.ENGINE.rules();

        // When each file is read at that line
        Map<String, List<String>> lines = new HashMap<>();
        for (PolicyRule rule : rules) {
            List<String> file = lines.computeIfAbsent(rule.file(), ExplainTest::linesOf);

            // Then the line starts that rule
            assertThat(rule.line()).as(rule.name()).isBetween(1, file.size());
            assertThat(file.get(rule.line() - 1).strip()).isEqualTo("rule \"" + rule.name() + "\"");
        }
        assertThat(rules)
                .filteredOn(rule -> rule.name().equals("A breach that no sanction has answered is pending"))
                .singleElement()
                .satisfies(rule -> {
                    assertThat(rule.file()).endsWith("ladder-state.drl");
                    assertThat(rule.clauses()).containsExactly("INT-2");
                });
    }

    private static List<String> linesOf(String resource) {
        try (InputStream in = ExplainTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
