package org.conductpolicy.rules.bench;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.conductpolicy.api.Case;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.rules.properties.GeneratedCases;
import org.conductpolicy.rules.properties.ReferenceDecisions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link PolicyEngine#decideAll} takes over 1,000, 10,000, 100,000 and 1,000,000 generated cases (the
 * property tests' ladder and governance histories, 200 distinct ones, cycled), over every core; the time
 * should grow linearly with the number of cases. Beside it, the plain-Java reference ({@code
 * ReferenceLadder}) on 10,000 of the same cases, on one thread. Single-shot: each measured batch is one run.
 * The million is run on demand only ({@code -Dbenchmark=BatchBenchmark.aMillionCasesOnDemand}): the
 * default run skips benchmarks whose name ends {@code OnDemand}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class BatchBenchmark {
    private PolicyEngine engine;
    private List<Case> cases;

    @Setup
    public void compileTheRulesAndGenerateTheCasesOnce() {
        engine = PolicyEngine.withDefaultRules();
        cases = GeneratedCases.of(200, 12);
    }

    /** Decides {@code count} cases as one batch; the count of results, so that nothing is optimised away. */
    private long batchOf(int count) {
        LongAdder results = new LongAdder();
        engine.decideAll(cycled(count), result -> results.increment());
        return results.sum();
    }

    /** The generated cases over and over, {@code count} in all, never all in memory at once. */
    private Iterator<Case> cycled(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Case next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cases.get(next++ % cases.size());
            }
        };
    }

    @Benchmark
    public long aThousandCases() {
        return batchOf(1_000);
    }

    @Benchmark
    public long tenThousandCases() {
        return batchOf(10_000);
    }

    @Benchmark
    public long aHundredThousandCases() {
        return batchOf(100_000);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 1)
    public long aMillionCasesOnDemand() {
        return batchOf(1_000_000);
    }

    /** The reference on the same 10,000 cases, one after another, on one thread. */
    @Benchmark
    public long tenThousandCasesByTheReference() {
        long actions = 0;
        Iterator<Case> each = cycled(10_000);
        while (each.hasNext()) {
            Case aCase = each.next();
            actions +=
                    ReferenceDecisions.ofTheLadder(aCase.asOf(), aCase.facts()).size();
        }
        return actions;
    }
}
