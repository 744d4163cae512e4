package org.conductpolicy.rules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.conductpolicy.api.PolicyEngine;
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
 * How long building an engine takes in a host's fresh JVM: the first {@link PolicyEngine#withDefaultRules()}
 * and the first {@link PolicyEngine#fromRuleFolder} of the built-in rules exported to a folder (what an
 * officer's edited copy costs). Single-shot, one build per JVM, in three JVMs each, with no warm-up: the
 * figure a host waits for at start-up, JVM start itself aside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class BuildBenchmark {
    private Path exported;

    @Setup
    public void exportTheBuiltInRules() {
        try {
            exported = Files.createTempDirectory("exported-rules");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        PolicyEngine.exportDefaultRules(exported);
    }

    @Benchmark
    public PolicyEngine withDefaultRules() {
        return PolicyEngine.withDefaultRules();
    }

    @Benchmark
    public PolicyEngine fromRuleFolder() {
        return PolicyEngine.fromRuleFolder(exported);
    }
}
