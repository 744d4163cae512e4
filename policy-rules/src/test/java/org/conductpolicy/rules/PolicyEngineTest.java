package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conductpolicy.rules.Facts.ban;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.incident;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Facts.publicPerson;
import static org.conductpolicy.rules.Facts.unconsultedBreach;
import static org.conductpolicy.rules.Facts.warning;
import static org.conductpolicy.rules.Rules.ENGINE;
import static org.conductpolicy.rules.Rules.day;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.junit.jupiter.api.Test;

/** What the engine promises its host, whatever the rules say. */
class PolicyEngineTest {

    /** A case with something for most ladder rules to say, about two people on two platforms. */
    private static final List<Fact> BUSY_CASE = List.of(
            member("alex"),
            publicPerson("sam"),
            member("kim"),
            page("clp-page"),
            page("clp-group"),
            breach("i1", "alex", "clp-page", "2025-01-10"),
            warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
            breach("i2", "alex", "clp-group", "2025-03-01"),
            ban("s2", "alex", "clp-group", "2025-03-02", "i2"),
            breach("i3", "alex", "clp-page", "2025-05-20"),
            unconsultedBreach("i4", "sam", "clp-page", "2025-05-01"),
            breach("i5", "sam", "clp-group", "2025-05-02"),
            incident("i6", "kim", "clp-page", "2025-05-03", "derogatory-description"),
            incident("i7", "kim", "clp-page", "2025-05-04", "policy-criticism"));

    @Test
    void the_same_facts_in_any_order_give_an_equal_decision() {
        Decision expected = ENGINE.decide(day("2025-06-02"), BUSY_CASE);
        Random random = new Random(20251125);

        for (int shuffle = 0; shuffle < 25; shuffle++) {
            List<Fact> shuffled = new ArrayList<>(BUSY_CASE);
            Collections.shuffle(shuffled, random);

            assertThat(ENGINE.decide(day("2025-06-02"), shuffled)).isEqualTo(expected);
        }
        assertThat(expected.actions()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void one_engine_gives_the_same_decisions_from_many_threads_at_once() throws Exception {
        Decision expected = ENGINE.decide(day("2025-06-02"), BUSY_CASE);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decision>> decisions = IntStream.range(0, 200)
                    .mapToObj(i -> threads.submit(() -> ENGINE.decide(day("2025-06-02"), BUSY_CASE)))
                    .toList();
            for (Future<Decision> decision : decisions) {
                assertThat(decision.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void the_engine_never_reads_the_clock_the_day_asked_about_decides() {
        List<Fact> facts = List.of(member("alex"), page("clp-page"), breach("i1", "alex", "clp-page", "2020-01-10"));

        Decision decision = Rules.concerning(Rules.LADDER, ENGINE.decide(day("2020-01-11"), facts));

        assertThat(decision.asOf()).isEqualTo(day("2020-01-11"));
        assertThat(decision.actions().get(0).due()).isEqualTo(day("2020-01-11"));
    }

    @Test
    void a_sanction_naming_an_unknown_person_is_rejected_and_nothing_is_decided() {
        List<Fact> facts =
                List.of(member("alex"), page("clp-page"), warning("s1", "nobody", "clp-page", "2025-01-12", null));

        assertThatThrownBy(() -> ENGINE.decide(day("2025-06-02"), facts))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 3 (sanction 's1'): field 'person' names no person 'nobody'");
    }

    @Test
    void a_fact_dated_after_the_day_asked_about_is_rejected() {
        List<Fact> facts = List.of(member("alex"), page("clp-page"), breach("i1", "alex", "clp-page", "2025-06-03"));

        assertThatThrownBy(() -> ENGINE.decide(day("2025-06-02"), facts))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 3 (incident 'i1'): field 'on' is 2025-06-03, after asOf 2025-06-02");
    }

    @Test
    void a_fact_missing_a_required_field_cannot_even_be_made() {
        assertThatThrownBy(() -> new Sanction("s1", "alex", "clp-page", null, day("2025-01-12"), null, null))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("sanction 's1': field 'kind' is required");
    }

    @Test
    void a_ban_of_other_than_the_usual_length_opens_its_window_from_its_own_end() {
        Sanction longBan = new Sanction("s2", "alex", "clp-page", SanctionKind.BAN, day("2025-03-02"), 60, "i2");
        List<Fact> facts = List.of(
                member("alex"),
                page("clp-page"),
                breach("i1", "alex", "clp-page", "2025-01-10"),
                warning("s1", "alex", "clp-page", "2025-01-12", "i1"),
                breach("i2", "alex", "clp-page", "2025-03-01"),
                longBan,
                // The 60-day ban lifts on 2025-05-01; its window runs to 2026-05-01.
                breach("i3", "alex", "clp-page", "2026-05-01"));

        Decision decision = Rules.concerning(Rules.LADDER, ENGINE.decide(day("2026-05-02"), facts));

        assertThat(decision.actions())
                .singleElement()
                .satisfies(action -> assertThat(action.because()).contains("2025-05-01"));
    }
}
