package org.conductpolicy.rules.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Standing;
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
 * How long one decision takes, on one thread, beside the plain-Java reference ({@code ReferenceLadder}) on
 * the same facts and a baseline of a decision with no facts (the fixed cost of a session), all in the same
 * run. Sample-time mode, so JMH reports the median (p0.50), p0.99 and p0.999; the profile {@code
 * benchmark} adds {@code -prof gc} for the bytes allocated per decision. {@link TwoThreadsBenchmark} runs
 * the same benchmarks on two threads sharing one engine. Run with {@code mvn -B -pl policy-rules -am
 * -DskipTests -Pbenchmark verify} (see BENCHMARKS.md at the repository's root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecideBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);

    private PolicyEngine engine;
    private List<Fact> secondBreach;
    private List<Fact> hundredPeople;
    private EveryConcernCase everyConcern;

    @Setup
    public void compileTheRulesOnce() {
        engine = PolicyEngine.withDefaultRules();
        secondBreach = history(1);
        hundredPeople = history(100);
        everyConcern = EveryConcernCase.of(engine.conductTable());
    }

    /** For each of {@code people} members: a warned breach and a later breach, on two platforms. */
    static List<Fact> history(int people) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP));
        facts.add(new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP));
        for (int n = 0; n < people; n++) {
            String person = "member-" + n;
            facts.add(new Person(person, n % 2 == 0 ? Standing.MEMBER : Standing.PUBLIC));
            facts.add(Incident.consulted(
                    person + "-i1", person, "clp-page", LocalDate.of(2025, 1, 10), "personal-attack"));
            facts.add(new Sanction(
                    person + "-s1",
                    person,
                    "clp-page",
                    SanctionKind.WARNING,
                    LocalDate.of(2025, 1, 12),
                    null,
                    person + "-i1"));
            facts.add(Incident.consulted(person + "-i2", person, "clp-twitter", LocalDate.of(2025, 6, 1), "trolling"));
        }
        return facts;
    }

    @Benchmark
    public Decision baselineNoFacts() {
        return engine.decide(AS_OF, List.of());
    }

    @Benchmark
    public Decision secondBreachOfOnePerson() {
        return engine.decide(AS_OF, secondBreach);
    }

    /** The reference's answer to the typical case, for the ratio. */
    @Benchmark
    public List<?> secondBreachOfOnePersonByTheReference() {
        return ReferenceDecisions.ofTheLadder(AS_OF, secondBreach);
    }

    @Benchmark
    public Decision everyConcern() {
        return engine.decide(everyConcern.asOf(), everyConcern.facts());
    }

    /** The reference reads only the ladder's facts of the case touching every concern. */
    @Benchmark
    public List<?> everyConcernByTheReference() {
        return ReferenceDecisions.ofTheLadder(everyConcern.asOf(), everyConcern.facts());
    }

    @Benchmark
    public Decision secondBreachesOfAHundredPeople() {
        return engine.decide(AS_OF, hundredPeople);
    }
}
