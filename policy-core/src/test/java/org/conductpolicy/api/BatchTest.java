package org.conductpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.junit.jupiter.api.Test;

/**
 * A batch hands on its results in input order, whatever order the threads finish them in, keeps only a
 * bounded number of cases in flight, and reports an invalid case in its place. The engine here is a stand-in
 * whose decision is the case's day, slow on some days, so that threads finish out of order; that the real
 * rules decide a batch as they decide one case at a time is {@code policy-rules}' BatchDecisionTest.
 */
class BatchTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    /** Decides a case as its day, after a pause on every seventh day; refuses every day the 13th. */
    private static final class DayEngine implements PolicyEngine {
        final AtomicInteger deciding = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public Decision decide(LocalDate asOf, Collection<? extends Fact> facts) {
            mostAtOnce.accumulateAndGet(deciding.incrementAndGet(), Math::max);
            try {
                if (asOf.getDayOfMonth() == 13) {
                    throw InvalidFactException.of(FactType.PERSON, "id", "is made up for this test");
                }
                if (asOf.toEpochDay() % 7 == 0) {
                    LockSupport.parkNanos(200_000);
                }
                return new Decision(asOf, List.of(), "sha256:test");
            } finally {
                deciding.decrementAndGet();
            }
        }

        @Override
        public Explanation explain(LocalDate asOf, Collection<? extends Fact> facts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PolicyRule> rules() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LadderStanding> standing(LocalDate asOf, Collection<? extends Fact> facts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConductTable conductTable() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> clauses() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, ClauseMark> clauseMarks() {
            throw new UnsupportedOperationException();
        }
    }

    private static List<Case> days(int count) {
        return IntStream.range(0, count)
                .mapToObj(day -> new Case(FIRST_DAY.plusDays(day), List.of()))
                .toList();
    }

    @Test
    void resultsComeInInputOrderWhenFourThreadsFinishCasesOutOfOrder() {
        // given three thousand cases, some slow
        List<Case> cases = days(3000);
        List<BatchResult> results = new ArrayList<>();

        // when four threads decide them
        Batch.decideAll(new DayEngine(), cases.iterator(), results::add, 4);

        // then each result is in its case's place, with its case's day
        assertThat(results).hasSize(cases.size());
        for (int at = 0; at < cases.size(); at++) {
            BatchResult result = results.get(at);
            assertThat(result.index()).isEqualTo(at);
            LocalDate day = cases.get(at).asOf();
            if (day.getDayOfMonth() == 13) {
                assertThat(result.failure()).isPresent();
            } else {
                assertThat(result.decision()).map(Decision::asOf).contains(day);
            }
        }
    }

    @Test
    void anInvalidCaseIsThatCasesFailureAndTheCasesAfterItAreStillDecided() {
        // given a valid case, an invalid one (the 13th) and another valid one
        List<Case> cases = List.of(
                new Case(LocalDate.of(2025, 6, 12), List.of()),
                new Case(LocalDate.of(2025, 6, 13), List.of()),
                new Case(LocalDate.of(2025, 6, 14), List.of()));

        // when they are decided as a batch
        List<BatchResult> results = new DayEngine().decideAll(cases);

        // then the invalid case fails in its place, saying why, and the others are decided
        assertThat(results).extracting(BatchResult::index).containsExactly(0L, 1L, 2L);
        assertThat(results.get(0).decision()).isPresent();
        assertThat(results.get(1).decision()).isEmpty();
        assertThat(results.get(1).failure())
                .get()
                .isInstanceOf(InvalidFactException.class)
                .extracting(Throwable::getMessage)
                .asString()
                .contains("is made up for this test");
        assertThat(results.get(2).decision()).isPresent();
    }

    @Test
    void aBatchReadsOnlyABoundedNumberOfCasesAheadOfTheResultsHandedOn() {
        // given an endless input that counts what was read
        AtomicInteger read = new AtomicInteger();
        Iterator<Case> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Case next() {
                return new Case(FIRST_DAY.plusDays(read.getAndIncrement() % 12), List.of());
            }
        };
        AtomicInteger handedOn = new AtomicInteger();
        int threads = 2;

        // when the consumer stops the batch after a thousand results
        assertThatThrownBy(() -> Batch.decideAll(
                        new DayEngine(),
                        endless,
                        result -> {
                            if (handedOn.incrementAndGet() == 1000) {
                                throw new IllegalStateException("enough");
                            }
                        },
                        threads))
                // then its exception stops the batch
                .hasMessage("enough");

        // and no more cases were read than the window allows ahead of the results handed on
        assertThat(read.get()).isLessThanOrEqualTo(1000 + threads * Batch.IN_FLIGHT_PER_THREAD);
    }

    @Test
    void aBatchDecidesOnAsManyThreadsAsItIsGivenAndNoMore() {
        // given a slow-enough batch
        DayEngine engine = new DayEngine();

        // when three threads decide it
        Batch.decideAll(engine, days(700).iterator(), result -> {}, 3);

        // then never more than three cases were decided at once
        assertThat(engine.mostAtOnce.get()).isBetween(1, 3);
    }
}
