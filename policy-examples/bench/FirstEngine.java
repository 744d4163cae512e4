import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Standing;
import org.slf4j.LoggerFactory;

/**
 * What a host waits for when it starts: the first {@code PolicyEngine.withDefaultRules()} in a fresh JVM,
 * then the first decision, each timed between two {@code System.nanoTime()}s and printed in milliseconds.
 * Logging is started first, as a host has usually started it before it builds an engine. Run by
 * host-start.sh, beside this file.
 */
public final class FirstEngine {
    public static void main(String[] args) {
        LoggerFactory.getLogger(FirstEngine.class).debug("logging started before the engine is built");
        long start = System.nanoTime();
        PolicyEngine engine = PolicyEngine.withDefaultRules();
        long built = System.nanoTime();
        engine.decide(
                LocalDate.of(2025, 6, 2),
                List.of(
                        new Person("member-1", Standing.MEMBER),
                        new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                        Incident.consulted("i1", "member-1", "clp-page", LocalDate.of(2025, 6, 1), "trolling")));
        long decided = System.nanoTime();
        System.out.printf(Locale.ROOT, "%.1f %.1f%n", (built - start) / 1e6, (decided - built) / 1e6);
    }
}
