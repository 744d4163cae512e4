package org.conductpolicy.examples.ladder;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.Action;
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
 * A host program: a member warned once breaches again, and the host asks what happens next. Run it
 * with {@code mvn -pl policy-examples exec:java} after building.
 */
public final class SecondBreach {
    private SecondBreach() {}

    public static void main(String[] args) {
        // 1. Build the engine once; it loads the precompiled rules and may then be shared between threads.
        PolicyEngine engine = PolicyEngine.withDefaultRules();

        // 2. Describe the case as facts. Ids are made up: the model never holds a name.
        List<Fact> facts = List.of(
                new Person("member-17", Standing.MEMBER),
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                new Platform("clp-twitter", PlatformKind.TWITTER, Owner.CLP),
                // A personal attack in January, on which the admins were consulted...
                Incident.consulted("i1", "member-17", "clp-page", LocalDate.of(2025, 1, 10), "personal-attack"),
                // ...answered by a warning two days later...
                Sanction.warning("s1", "member-17", "clp-page", LocalDate.of(2025, 1, 12), "i1"),
                // ...and trolling in June, on another platform: the ladder spans platforms (INT-3).
                Incident.consulted("i2", "member-17", "clp-twitter", LocalDate.of(2025, 6, 1), "trolling"));

        // 3. Ask, as of a day: the engine never reads the clock.
        Decision decision = engine.decide(LocalDate.of(2025, 6, 2), facts);

        // 4. Act on the answer: each action says what, where, which clauses and why.
        print(decision, System.out);
    }

    static void print(Decision decision, PrintStream out) {
        out.println("As of " + decision.asOf() + ":");
        for (Action action : decision.actions()) {
            out.println("- " + action.type().wireName() + " " + describeFields(action) + ", due " + action.due());
            out.println("  clauses: " + String.join(", ", action.clauses()));
            out.println("  because: " + action.because());
        }
    }

    private static String describeFields(Action action) {
        StringBuilder fields = new StringBuilder();
        action.fields()
                .forEach((field, value) -> fields.append(fields.length() == 0 ? "" : ", ")
                        .append(field.wireName())
                        .append(' ')
                        .append(value));
        return fields.toString();
    }
}
