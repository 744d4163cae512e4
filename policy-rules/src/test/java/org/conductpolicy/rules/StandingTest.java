package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.api.ActionType.BAN;
import static org.conductpolicy.api.ActionType.BAN_FOR_LIFE;
import static org.conductpolicy.api.ActionType.WARN;
import static org.conductpolicy.rules.Facts.ban;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;
import static org.conductpolicy.rules.Facts.warning;
import static org.conductpolicy.rules.Rules.day;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Sanction;
import org.junit.jupiter.api.Test;

/** {@code PolicyEngine.standing}: where each person stands on the ladder, read from ladder-state.drl. */
class StandingTest {
    private static final Sanction WARNED = warning("s1", "alex", "clp-page", "2025-01-15", "i1");
    private static final Sanction BANNED = ban("s2", "alex", "clp-page", "2025-03-01", "i2");
    private static final Sanction BANNED_FOR_LIFE =
            Sanction.lifetimeBan("s3", "alex", "clp-page", day("2025-05-01"), "i3");
    private static final Fact FIRST = breach("i1", "alex", "clp-page", "2025-01-10");
    private static final Fact SECOND = breach("i2", "alex", "clp-page", "2025-02-20");
    private static final Fact THIRD = breach("i3", "alex", "clp-page", "2025-04-20");

    private static List<Fact> alexWith(Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(member("alex"), page("clp-page")));
        facts.addAll(List.of(more));
        return facts;
    }

    private static LadderStanding standingOfAlex(String asOf, List<Fact> facts) {
        List<LadderStanding> standings = Rules.ENGINE.standing(day(asOf), facts);
        assertThat(standings).extracting(LadderStanding::person).containsExactly("alex");
        return standings.get(0);
    }

    /** The ladder step the rules propose for a consulted breach of Alex's on {@code on}, asked that day. */
    private static ActionType stepForABreachOn(String on, List<Fact> facts) {
        List<Fact> withBreach = new ArrayList<>(facts);
        withBreach.add(breach("next", "alex", "clp-page", on));
        List<Action> steps =
                Rules.concerning(Rules.LADDER, Rules.decide(on, withBreach)).actions();
        assertThat(steps).hasSize(1);
        return steps.get(0).type();
    }

    @Test // ESC-1, INT-5
    void aPersonWithNoSanctionStandsAtAWarning() {
        // given a person never sanctioned
        List<Fact> facts = List.of(member("alex"), page("clp-page"));

        // when their standing is asked
        LadderStanding standing = standingOfAlex("2025-06-01", facts);

        // then nothing counts, no window is open, and a next breach brings a warning
        assertThat(standing.latestCounting()).isNull();
        assertThat(standing.windowEnds()).isNull();
        assertThat(standing.nextBreachBrings()).isEqualTo(WARN);
        assertThat(standing.banDays()).isNull();
        assertThat(stepForABreachOn("2025-06-02", facts)).isEqualTo(WARN);
    }

    @Test // ESC-2, INT-1
    void aPersonWithAWarningWhoseWindowIsOpenStandsAtABanUntilTheWindowEnds() {
        // given a person warned on 2025-01-15
        List<Fact> facts = alexWith(FIRST, WARNED);

        // when their standing is asked within twelve months
        LadderStanding standing = standingOfAlex("2025-06-01", facts);

        // then the warning counts, its window ends twelve months on, and a next breach brings a 30-day ban
        assertThat(standing.latestCounting()).isEqualTo(WARNED);
        assertThat(standing.windowEnds()).isEqualTo(day("2026-01-15"));
        assertThat(standing.nextBreachBrings()).isEqualTo(BAN);
        assertThat(standing.banDays()).isEqualTo(30);
        assertThat(stepForABreachOn("2026-01-15", facts)).isEqualTo(BAN);
        assertThat(stepForABreachOn("2026-01-16", facts)).isEqualTo(WARN);
    }

    @Test // ESC-3, INT-4
    void aPersonWithABanWhoseWindowIsOpenStandsAtALifetimeBanUntilTwelveMonthsAfterTheBanEnds() {
        // given a person warned, then banned for 30 days on 2025-03-01 (the ban ends on 2025-03-31)
        List<Fact> facts = alexWith(FIRST, WARNED, SECOND, BANNED);

        // when their standing is asked
        LadderStanding standing = standingOfAlex("2025-06-01", facts);

        // then the ban counts, and a next breach up to 2026-03-31 brings a lifetime ban
        assertThat(standing.latestCounting()).isEqualTo(BANNED);
        assertThat(standing.windowEnds()).isEqualTo(day("2026-03-31"));
        assertThat(standing.nextBreachBrings()).isEqualTo(BAN_FOR_LIFE);
        assertThat(standing.banDays()).isNull();
        assertThat(stepForABreachOn("2026-03-31", facts)).isEqualTo(BAN_FOR_LIFE);
    }

    @Test // ESC-3
    void aPersonWithALifetimeBanStandsUnderIt() {
        // given a person warned, banned, then banned for life
        List<Fact> facts = alexWith(FIRST, WARNED, SECOND, BANNED, THIRD, BANNED_FOR_LIFE);

        // when their standing is asked
        LadderStanding standing = standingOfAlex("2025-06-01", facts);

        // then the lifetime ban is the latest that counts, and it stands
        assertThat(standing.latestCounting()).isEqualTo(BANNED_FOR_LIFE);
        assertThat(standing.lifetimeBanStands()).isTrue();
        assertThat(standing.nextBreachBrings()).isEqualTo(BAN_FOR_LIFE);
        assertThat(standing.windowEnds()).isEqualTo(day("2026-03-31"));
    }

    @Test // INT-1, INT-5
    void aPersonWhoseWarningsWindowHasClosedStandsAtAWarningAgain() {
        // given a person warned on 2025-01-15, whose window ended on 2026-01-15
        List<Fact> facts = alexWith(FIRST, WARNED);

        // when their standing is asked after it
        LadderStanding standing = standingOfAlex("2026-01-15", facts);

        // then the warning is still the latest that counts, but no window is open: a next breach brings a warning
        assertThat(standing.latestCounting()).isEqualTo(WARNED);
        assertThat(standing.windowEnds()).isNull();
        assertThat(standing.nextBreachBrings()).isEqualTo(WARN);
        assertThat(stepForABreachOn("2026-01-16", facts)).isEqualTo(WARN);
    }

    @Test // INT-6
    void aSanctionOverturnedOnAppealDoesNotCountInAStanding() {
        // given a person whose warning was overturned on appeal
        List<Fact> facts = alexWith(
                FIRST,
                WARNED,
                new Appeal("a1", "alex", "s1", day("2025-01-20"), false),
                new AppealDecision("a1", day("2025-02-01"), Outcome.OVERTURNED, true));

        // when their standing is asked
        LadderStanding standing = standingOfAlex("2025-06-01", facts);

        // then nothing counts, as the ladder reads it, and a next breach brings a warning
        assertThat(standing.latestCounting()).isNull();
        assertThat(standing.nextBreachBrings()).isEqualTo(WARN);
    }

    @Test
    void aStandingListsEveryPersonById() {
        // given two persons, one warned
        List<Fact> facts = new ArrayList<>(alexWith(FIRST, WARNED));
        facts.add(member("blake"));

        // when their standings are asked
        List<LadderStanding> standings = Rules.ENGINE.standing(day("2025-06-01"), facts);

        // then each has one, by id, each their own
        assertThat(standings).extracting(LadderStanding::person).containsExactly("alex", "blake");
        assertThat(standings.get(0).nextBreachBrings()).isEqualTo(BAN);
        assertThat(standings.get(1).latestCounting()).isNull();
        assertThat(standings.get(1).nextBreachBrings()).isEqualTo(WARN);
    }
}
