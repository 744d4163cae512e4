package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.Case;
import org.conductpolicy.api.Decision;
import org.conductpolicy.rules.properties.GeneratedCases;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by eight threads decides exactly as one thread does: the engine's sessions are pooled
 * and reused (reset) from one decision to the next, so this is also the proof that a reused session keeps
 * nothing of the case before. Each thread decides {@code -Dpolicy.concurrency.decisions} cases (default
 * 100 per build) of {@code -Dpolicy.concurrency.cases} generated ones (default 60); RELIABILITY.md gives the
 * command for the full 100,000 per thread.
 */
class ConcurrentDecisionsTest {
    private static final int THREADS = 8;
    private static final int DECISIONS_PER_THREAD = Integer.getInteger("policy.concurrency.decisions", 100);

    @Test
    void eightThreadsSharingOneEngineDecideEveryGeneratedCaseExactlyAsOneThreadDoes() throws Exception {
        // given generated cases (ladder and governance histories), each decided once on one thread
        List<Case> cases = GeneratedCases.of(Integer.getInteger("policy.concurrency.cases", 60), 13);
        List<Decision> alone = cases.stream()
                .map(aCase -> Rules.ENGINE.decide(aCase.asOf(), aCase.facts()))
                .toList();

        // when eight threads decide them over and over, each in its own order, on the same engine
        AtomicLong decided = new AtomicLong();
        ConcurrentLinkedQueue<String> differences = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int start = thread * 53;
                int stride = 2 * thread + 1;
                running.add(threads.submit(() -> {
                    for (int n = 0; n < DECISIONS_PER_THREAD; n++) {
                        int at = (int) ((start + (long) n * stride) % cases.size());
                        Case aCase = cases.get(at);
                        Decision decision = Rules.ENGINE.decide(aCase.asOf(), aCase.facts());
                        if (!sameDecision(decision, alone.get(at)) && differences.size() < 5) {
                            differences.add("case " + at + ": " + decision + " instead of " + alone.get(at));
                        }
                        decided.incrementAndGet();
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }

        // then every decision is the one thread's decision of its case: actions, proposing rules, version
        assertThat(differences).isEmpty();
        assertThat(decided.get()).isEqualTo((long) THREADS * DECISIONS_PER_THREAD);
    }

    private static boolean sameDecision(Decision decision, Decision alone) {
        return decision.equals(alone)
                && rules(decision).equals(rules(alone))
                && decision.rulesVersion().equals(alone.rulesVersion());
    }

    private static List<String> rules(Decision decision) {
        return decision.actions().stream().map(Action::rule).toList();
    }
}
