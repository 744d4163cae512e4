package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.Case;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.ReloadablePolicyEngine;
import org.conductpolicy.api.RuleCheck;
import org.conductpolicy.rules.properties.GeneratedCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host reloads edited rules while it decides: every decision is made by one of the two rule sets, whole,
 * and says which.
 */
class ReloadUnderLoadTest {
    private static final int RELOADS = 100;
    private static final int DECIDING_THREADS = 4;

    @TempDir
    Path folders;

    @Test // ESC-2: the edited set's warning window is six months, not twelve
    void aHundredReloadsUnderFourDecidingThreadsFailNoDecisionAndEachIsWhollyOneSetsDecision() throws Exception {
        // given the built-in rules exported, and a copy whose warning window is six months
        Path twelve = folders.resolve("twelve-months");
        Path six = folders.resolve("six-months");
        PolicyEngine.exportDefaultRules(twelve);
        PolicyEngine.exportDefaultRules(six);
        edit(six.resolve("parameters.properties"), "warning-window-months = 12", "warning-window-months = 6");
        // and generated cases, each decided beforehand on one thread under each set
        List<Case> cases = GeneratedCases.of(40, 17);
        ReloadablePolicyEngine engine = PolicyEngine.reloadable(Rules.ENGINE);
        Map<String, List<Decision>> expected = new HashMap<>();
        for (Path folder : List.of(six, twelve)) {
            assertThat(engine.reload(folder).problems()).isEmpty();
            expected.put(engine.rulesVersion(), decideEach(engine, cases));
        }
        assertThat(expected).hasSize(2);
        assertThat(expected.values().stream().distinct())
                .as("the two sets decide some case differently")
                .hasSize(2);

        // when four threads decide the cases while the folders are reloaded a hundred times, in turn
        AtomicBoolean reloading = new AtomicBoolean(true);
        AtomicLong decided = new AtomicLong();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(DECIDING_THREADS);
        List<RuleCheck> checks = new ArrayList<>();
        try {
            List<Future<?>> deciding = new ArrayList<>();
            for (int thread = 0; thread < DECIDING_THREADS; thread++) {
                int first = thread * 37;
                deciding.add(threads.submit(() -> {
                    for (int n = first; reloading.get(); n++) {
                        int at = n % cases.size();
                        Decision decision = engine.decide(
                                cases.get(at).asOf(), cases.get(at).facts());
                        List<Decision> bySet = expected.get(decision.rulesVersion());
                        if (bySet == null) {
                            wrong.add("case " + at + " decided by an unknown set " + decision.rulesVersion());
                        } else if (!sameActions(decision, bySet.get(at))) {
                            wrong.add("case " + at + ": " + decision + " is not its set's " + bySet.get(at));
                        }
                        decided.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int reload = 0; reload < RELOADS; reload++) {
                checks.add(engine.reload(reload % 2 == 0 ? six : twelve));
                // at least one decision finishes between one reload and the next
                long before = decided.get();
                while (decided.get() == before && deciding.stream().noneMatch(Future::isDone)) {
                    Thread.sleep(1);
                }
            }
            reloading.set(false);
            for (Future<?> thread : deciding) {
                thread.get(1, TimeUnit.MINUTES); // a decision that failed is thrown here
            }
        } finally {
            reloading.set(false);
            threads.shutdownNow();
        }

        // then every reload was clean, and every decision is its own set's decision of its case, whole
        assertThat(checks)
                .hasSize(RELOADS)
                .allSatisfy(check -> assertThat(check.isClean()).isTrue());
        assertThat(wrong).isEmpty();
        assertThat(decided.get()).isGreaterThanOrEqualTo(RELOADS);
    }

    private static List<Decision> decideEach(PolicyEngine engine, List<Case> cases) {
        return cases.stream()
                .map(aCase -> engine.decide(aCase.asOf(), aCase.facts()))
                .toList();
    }

    private static boolean sameActions(Decision decision, Decision expected) {
        return decision.equals(expected)
                && decision.actions().stream()
                        .map(Action::rule)
                        .toList()
                        .equals(expected.actions().stream().map(Action::rule).toList());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
