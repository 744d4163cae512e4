package org.conductpolicy.rules.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link DecideBenchmark}'s benchmarks on two threads deciding at once with one shared engine. */
@Threads(2)
public class TwoThreadsBenchmark extends DecideBenchmark {}
