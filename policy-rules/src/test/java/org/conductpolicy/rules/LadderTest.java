package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.api.ActionType.BAN;
import static org.conductpolicy.api.ActionType.BAN_FOR_LIFE;
import static org.conductpolicy.api.ActionType.CONSULT_ADMINS;
import static org.conductpolicy.api.ActionType.WARN;
import static org.conductpolicy.rules.Facts.ban;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Facts.publicPerson;
import static org.conductpolicy.rules.Facts.unconsultedBreach;
import static org.conductpolicy.rules.Facts.warning;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.types;

import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The escalation ladder: ladder-state.drl and ladder.drl. */
class LadderTest {

    /** This class tests the ladder: other concerns' actions are left out of its decisions. */
    private static Decision decide(String asOf, Fact... facts) {
        return Rules.concerning(Rules.LADDER, Rules.decide(asOf, facts));
    }

    private static Decision decide(String asOf, List<? extends Fact> facts) {
        return Rules.concerning(Rules.LADDER, Rules.decide(asOf, facts));
    }

    private static final List<Fact> ALEX = List.of(member("alex"), page("clp-page"), page("clp-group"));

    private static Decision decideForAlex(String asOf, Fact... more) {
        List<Fact> facts = new java.util.ArrayList<>(ALEX);
        facts.addAll(List.of(more));
        return decide(asOf, facts);
    }

    private static Action only(Decision decision) {
        assertThat(decision.actions()).hasSize(1);
        return decision.actions().get(0);
    }

    @Nested
    class A_first_breach {
        @Test // ESC-1
        void consulted_on_earns_a_warning_whose_window_ends_twelve_months_after_it_is_issued() {
            Action warn = only(decideForAlex("2025-01-12", breach("i1", "alex", "clp-page", "2025-01-10")));

            assertThat(warn.type()).isEqualTo(WARN);
            assertThat(warn.text(ActionField.PERSON)).contains("alex");
            assertThat(warn.text(ActionField.PLATFORM)).contains("clp-page");
            assertThat(warn.text(ActionField.INCIDENT)).contains("i1");
            assertThat(warn.date(ActionField.WINDOW_ENDS)).contains(day("2026-01-12"));
            assertThat(warn.due()).isEqualTo(day("2025-01-12"));
            assertThat(warn.clauses()).contains("ESC-1");
            assertThat(warn.because()).contains("2025-01-10");
        }

        @Test // INT-12
        void not_yet_consulted_on_goes_to_the_admins_and_earns_no_warning() {
            Action consult =
                    only(decideForAlex("2025-01-12", unconsultedBreach("i1", "alex", "clp-page", "2025-01-10")));

            assertThat(consult.type()).isEqualTo(CONSULT_ADMINS);
            assertThat(consult.text(ActionField.INCIDENT)).contains("i1");
            assertThat(consult.clauses()).contains("ESC-1", "INT-12");
        }

        @Test // INT-1
        void issued_on_29_february_has_a_window_that_ends_on_28_february() {
            Action warn = only(decideForAlex("2024-02-29", breach("i1", "alex", "clp-page", "2024-02-28")));

            assertThat(warn.date(ActionField.WINDOW_ENDS)).contains(day("2025-02-28"));
        }

        @Test // INT-2
        void several_breaches_before_any_warning_earn_one_warning_for_the_earliest() {
            Decision decision = decideForAlex(
                    "2025-01-20",
                    breach("i2", "alex", "clp-page", "2025-01-11"),
                    breach("i1", "alex", "clp-page", "2025-01-10"));

            assertThat(only(decision).text(ActionField.INCIDENT)).contains("i1");
        }
    }

    @Nested
    class A_second_breach {
        private final Fact[] warned = {
            breach("i1", "alex", "clp-page", "2025-01-10"), warning("s1", "alex", "clp-page", "2025-01-12", "i1")
        };

        private Decision secondBreachOn(String day, String asOf) {
            Fact[] facts = java.util.Arrays.copyOf(warned, warned.length + 1);
            facts[warned.length] = breach("i2", "alex", "clp-page", day);
            return decideForAlex(asOf, facts);
        }

        @Test // ESC-2
        void inside_the_window_brings_a_thirty_day_ban_with_its_end_and_its_own_window() {
            Action ban = only(secondBreachOn("2025-06-01", "2025-06-02"));

            assertThat(ban.type()).isEqualTo(BAN);
            assertThat(ban.fields())
                    .containsEntry(ActionField.DAYS, 30)
                    .containsEntry(ActionField.UNTIL, day("2025-07-02"))
                    .containsEntry(ActionField.WINDOW_ENDS, day("2026-07-02"))
                    .containsEntry(ActionField.INCIDENT, "i2");
            assertThat(ban.clauses()).contains("ESC-2", "INT-1", "INT-2");
            assertThat(ban.because()).contains("2025-06-01").contains("2025-01-12");
        }

        @Test // INT-1
        void on_the_last_day_of_the_window_still_brings_a_ban() {
            assertThat(types(secondBreachOn("2026-01-12", "2026-01-13"))).containsExactly(BAN);
        }

        @Test // INT-5
        void one_day_after_the_window_starts_the_ladder_again_with_a_warning() {
            assertThat(types(secondBreachOn("2026-01-13", "2026-01-14"))).containsExactly(WARN);
        }

        @Test // INT-12
        void not_yet_consulted_on_goes_to_the_admins_and_brings_no_ban() {
            Decision decision = decideForAlex(
                    "2025-06-02", warned[0], warned[1], unconsultedBreach("i2", "alex", "clp-page", "2025-06-01"));

            assertThat(types(decision)).containsExactly(CONSULT_ADMINS);
        }

        @Test // INT-2
        void committed_before_the_warning_was_issued_does_not_climb() {
            Decision decision = secondBreachOn("2025-01-11", "2025-06-02");

            assertThat(decision.actions()).isEmpty();
        }

        @Test // INT-2
        void committed_on_the_day_the_warning_was_issued_does_not_climb() {
            assertThat(secondBreachOn("2025-01-12", "2025-06-02").actions()).isEmpty();
        }

        @Test // INT-3
        void on_another_platform_climbs_the_same_ladder_and_the_ban_lands_there() {
            Action ban = only(
                    decideForAlex("2025-06-02", warned[0], warned[1], breach("i2", "alex", "clp-group", "2025-06-01")));

            assertThat(ban.type()).isEqualTo(BAN);
            assertThat(ban.text(ActionField.PLATFORM)).contains("clp-group");
        }

        @Test // INT-1
        void after_a_warning_of_29_february_brings_a_ban_on_28_february_and_a_warning_on_1_march() {
            Fact[] leapWarning = {
                breach("i1", "alex", "clp-page", "2024-02-28"), warning("s1", "alex", "clp-page", "2024-02-29", "i1")
            };

            assertThat(types(decideForAlex(
                            "2025-03-02",
                            leapWarning[0],
                            leapWarning[1],
                            breach("i2", "alex", "clp-page", "2025-02-28"))))
                    .containsExactly(BAN);
            assertThat(types(decideForAlex(
                            "2025-03-02",
                            leapWarning[0],
                            leapWarning[1],
                            breach("i2", "alex", "clp-page", "2025-03-01"))))
                    .containsExactly(WARN);
        }

        @Test // INT-6
        void after_a_warning_overturned_on_appeal_earns_a_warning_not_a_ban() {
            Decision decision = decideForAlex(
                    "2025-06-02",
                    warned[0],
                    warned[1],
                    new Appeal("a1", "alex", "s1", day("2025-01-20"), false),
                    new AppealDecision("a1", day("2025-02-01"), Outcome.OVERTURNED, true),
                    breach("i2", "alex", "clp-page", "2025-06-01"));

            assertThat(decision.actionsOf(WARN))
                    .singleElement()
                    .satisfies(
                            warn -> assertThat(warn.text(ActionField.INCIDENT)).contains("i2"));
            assertThat(decision.actionsOf(BAN)).isEmpty();
        }

        @Test // INT-6, ESC-5
        void after_a_warning_overturned_and_later_upheld_on_appeal_brings_a_ban_again() {
            Decision decision = decideForAlex(
                    "2025-06-02",
                    warned[0],
                    warned[1],
                    new Appeal("a1", "alex", "s1", day("2025-01-20"), false),
                    new AppealDecision("a1", day("2025-02-01"), Outcome.OVERTURNED, true),
                    new AppealDecision("a1", day("2025-03-01"), Outcome.UPHELD, true),
                    breach("i2", "alex", "clp-page", "2025-06-01"));

            assertThat(types(decision)).containsExactly(BAN);
        }

        @Test // INT-7
        void after_a_warning_still_under_appeal_brings_a_ban() {
            Decision decision = decideForAlex(
                    "2025-06-02",
                    warned[0],
                    warned[1],
                    new Appeal("a1", "alex", "s1", day("2025-01-20"), false),
                    breach("i2", "alex", "clp-page", "2025-06-01"));

            assertThat(decision.actionsOf(BAN)).hasSize(1);
        }
    }

    @Nested
    class A_breach_after_a_ban {
        private final Fact[] banned = {
            breach("i1", "alex", "clp-page", "2025-01-10"),
            warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
            breach("i2", "alex", "clp-page", "2025-06-01"),
            ban("s2", "alex", "clp-page", "2025-06-02", "i2") // lifts 2025-07-02; its window ends 2026-07-02
        };

        private Decision thirdBreachOn(String day, String asOf) {
            Fact[] facts = java.util.Arrays.copyOf(banned, banned.length + 1);
            facts[banned.length] = breach("i3", "alex", "clp-page", day);
            return decideForAlex(asOf, facts);
        }

        @Test // ESC-3, INT-4
        void within_twelve_months_of_the_ban_ending_brings_a_lifetime_ban() {
            Action lifetime = only(thirdBreachOn("2026-03-01", "2026-03-02"));

            assertThat(lifetime.type()).isEqualTo(BAN_FOR_LIFE);
            assertThat(lifetime.text(ActionField.INCIDENT)).contains("i3");
            assertThat(lifetime.clauses()).contains("ESC-3", "INT-4");
            assertThat(lifetime.because())
                    .contains("2026-03-01")
                    .contains("2025-06-02")
                    .contains("2025-07-02");
        }

        @Test // INT-4
        void past_the_warning_window_but_inside_the_ban_window_still_brings_a_lifetime_ban() {
            assertThat(types(thirdBreachOn("2026-07-02", "2026-07-03"))).containsExactly(BAN_FOR_LIFE);
        }

        @Test // INT-4
        void while_the_ban_is_still_running_brings_a_lifetime_ban() {
            assertThat(types(thirdBreachOn("2025-06-20", "2025-06-21"))).containsExactly(BAN_FOR_LIFE);
        }

        @Test // INT-5
        void after_the_ban_window_has_closed_earns_a_warning_again() {
            assertThat(types(thirdBreachOn("2026-07-03", "2026-07-04"))).containsExactly(WARN);
        }

        @Test // INT-12
        void not_yet_consulted_on_goes_to_the_admins_and_brings_no_lifetime_ban() {
            Fact[] facts = java.util.Arrays.copyOf(banned, banned.length + 1);
            facts[banned.length] = unconsultedBreach("i3", "alex", "clp-page", "2026-03-01");

            assertThat(types(decideForAlex("2026-03-02", facts))).containsExactly(CONSULT_ADMINS);
        }
    }

    @Test // PUB-1
    void members_and_the_public_get_identical_outcomes() {
        Fact[] history = {
            page("clp-page"),
            breach("i1", "sam", "clp-page", "2025-01-10"),
            warning("s1", "sam", "clp-page", "2025-01-12", "i1"),
            breach("i2", "sam", "clp-page", "2025-06-01")
        };
        List<Fact> asMember = new java.util.ArrayList<>(List.of(history));
        asMember.add(member("sam"));
        List<Fact> asPublic = new java.util.ArrayList<>(List.of(history));
        asPublic.add(publicPerson("sam"));

        Decision forMember = decide("2025-06-02", asMember);

        assertThat(decide("2025-06-02", asPublic)).isEqualTo(forMember);
        assertThat(types(forMember)).containsExactly(BAN);
    }

    @Test // INT-3
    void each_person_climbs_a_ladder_of_their_own() {
        Decision decision = decide(
                "2025-06-02",
                member("alex"),
                member("sam"),
                page("clp-page"),
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                breach("i2", "sam", "clp-page", "2025-06-01"));

        assertThat(only(decision).type()).isEqualTo(WARN);
        assertThat(only(decision).text(ActionField.PERSON)).contains("sam");
    }
}
