package org.conductpolicy.rules.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Standing;

/**
 * The size table of RELIABILITY.md: how the time and the memory of one decision grow with the facts of
 * its case, for many people (each with a warned breach; each with a warned breach, a banned second breach
 * and a third) and for one person with many incidents. Not JMH: one decision of 100,000 facts takes
 * seconds, so each row is the median of a few single decisions in one JVM, after one decision of the
 * same shape to warm up. Memory is the peak of the heap in use during the decision (after a collection
 * before it) and the bytes the deciding thread allocated.
 *
 * <p>Run from the repository's root (see RELIABILITY.md, "Size and limits"):
 *
 * <pre>
 * mvn -B -pl policy-rules -am -DskipTests -Psize-table verify
 * </pre>
 *
 * Arguments ({@code -DsizeTable.rows=...} through Maven): {@code shape=size,size...}, such as {@code
 * warned=1000,10000}, for some rows; {@code all}, or none, for every shape at every size of the table.
 */
public final class SizeTable {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    private static final int RUNS = 3;

    private SizeTable() {}

    /** The shapes of case the table measures, each built for about a number of facts. */
    enum Shape {
        /** Many people, each with a consulted breach and the warning it earned (3 facts a person). */
        WARNED(SizeTable::warned, 1_000, 10_000, 100_000),
        /** Many people, each with a warned breach, a second breach that earned a ban, and a third (6 facts a person). */
        BANNED(SizeTable::banned, 1_000, 10_000, 100_000),
        /** One person with this many consulted incidents, a day apart, none answered yet. */
        ONE_PERSON(SizeTable::onePerson, 1_000, 10_000);

        final IntFunction<List<Fact>> facts;
        final int[] sizes;

        Shape(IntFunction<List<Fact>> facts, int... sizes) {
            this.facts = facts;
            this.sizes = sizes;
        }
    }

    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.withDefaultRules();
        System.out.printf(
                "%-11s %8s %10s %12s %14s %8s%n",
                "shape", "facts", "median ms", "peak heap MB", "allocated MB", "actions");
        // One argument may hold several rows, as -DsizeTable.rows="warned=1000 one-person=1000" gives them.
        List<String> asked = Arrays.stream(args)
                .flatMap(arg -> Arrays.stream(arg.trim().split("\\s+")))
                .filter(arg -> !arg.isEmpty() && !arg.equals("all"))
                .toList();
        for (Shape shape : Shape.values()) {
            int[] sizes = sizesAsked(shape, asked);
            if (sizes.length == 0) {
                continue;
            }
            decideOnce(engine, shape.facts.apply(100)); // warm up on a small case of the same shape
            for (int size : sizes) {
                row(engine, shape, shape.facts.apply(size));
            }
        }
    }

    private static int[] sizesAsked(Shape shape, List<String> asked) {
        if (asked.isEmpty()) {
            return shape.sizes;
        }
        String prefix = shape.name().toLowerCase().replace('_', '-') + "=";
        return asked.stream()
                .filter(arg -> arg.startsWith(prefix))
                .flatMap(arg -> Arrays.stream(arg.substring(prefix.length()).split(",")))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static void row(PolicyEngine engine, Shape shape, List<Fact> facts) {
        long[] millis = new long[RUNS];
        long peak = 0;
        long allocated = 0;
        int actions = 0;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            resetPeaks();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            String outcome;
            try {
                actions = decideOnce(engine, facts).actions().size();
                outcome = null;
            } catch (RuntimeException | OutOfMemoryError failed) {
                outcome = failed.getClass().getSimpleName() + ": " + failed.getMessage();
            }
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            peak = Math.max(peak, peakHeap());
            allocated = Math.max(allocated, threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
            if (outcome != null) {
                System.out.printf(
                        "%-11s %8d refused or failed after %d ms: %s%n",
                        label(shape), facts.size(), millis[run], outcome);
                return;
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                "%-11s %8d %10d %12d %14d %8d%n",
                label(shape), facts.size(), millis[RUNS / 2], peak >> 20, allocated >> 20, actions);
    }

    private static String label(Shape shape) {
        return shape.name().toLowerCase().replace('_', '-');
    }

    private static Decision decideOnce(PolicyEngine engine, List<Fact> facts) {
        return engine.decide(AS_OF, facts);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<Fact> platforms() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP));
        facts.add(new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP));
        return facts;
    }

    /** About {@code size} facts: people each with a consulted breach and its warning. */
    static List<Fact> warned(int size) {
        return people(size, false);
    }

    /** About {@code size} facts: people each with a warned breach, a banned second breach and a third breach. */
    static List<Fact> banned(int size) {
        return people(size, true);
    }

    /** People each with a warned breach and, when {@code banned}, a banned second breach and a third. */
    private static List<Fact> people(int size, boolean banned) {
        List<Fact> facts = platforms();
        for (int n = 0; facts.size() < size; n++) {
            String person = "member-" + n;
            LocalDate day = AS_OF.minusDays(200 + n % 100);
            facts.add(new Person(person, n % 2 == 0 ? Standing.MEMBER : Standing.PUBLIC));
            facts.add(Incident.consulted(person + "-i1", person, "clp-page", day, "personal-attack"));
            facts.add(Sanction.warning(person + "-s1", person, "clp-page", day.plusDays(2), person + "-i1"));
            if (banned) {
                facts.add(Incident.consulted(person + "-i2", person, "clp-twitter", day.plusDays(30), "trolling"));
                facts.add(Sanction.ban(person + "-s2", person, "clp-twitter", day.plusDays(32), 30, person + "-i2"));
                facts.add(Incident.consulted(person + "-i3", person, "clp-page", day.plusDays(90), "trolling"));
            }
        }
        return facts;
    }

    /** One person with {@code incidents} consulted incidents, a day apart, none answered yet. */
    static List<Fact> onePerson(int incidents) {
        List<Fact> facts = platforms();
        facts.add(new Person("member-1", Standing.MEMBER));
        for (int n = 0; n < incidents; n++) {
            facts.add(Incident.consulted(
                    "i" + n, "member-1", n % 2 == 0 ? "clp-page" : "clp-twitter", FIRST_DAY.plusDays(n), "trolling"));
        }
        return facts;
    }
}
