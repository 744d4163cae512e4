package org.conductpolicy.examples.embedding;

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

/** The README's embedding snippet, kept here so that it always compiles and runs. */
public class WhatHappensNext {
    public static void main(String[] args) {
        // Build once (the built-in rules come precompiled), then share it between threads.
        PolicyEngine engine = PolicyEngine.withDefaultRules();

        // Kinds of conduct are spelled as case files spell them; the rules' conduct.properties lists them.
        List<Fact> facts = List.of(
                new Person("member-17", Standing.MEMBER),
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                Incident.consulted("i1", "member-17", "clp-page", LocalDate.of(2025, 1, 10), "personal-attack"),
                Sanction.warning("s1", "member-17", "clp-page", LocalDate.of(2025, 1, 12), "i1"),
                Incident.consulted("i2", "member-17", "clp-page", LocalDate.of(2025, 6, 1), "trolling"));

        // The engine never reads the clock: the day the question is asked is an input.
        Decision decision = engine.decide(LocalDate.of(2025, 6, 2), facts);

        for (Action action : decision.actions()) {
            System.out.println(action.type().wireName() + " " + action.fields() + " " + action.clauses() + ": "
                    + action.because());
        }
    }
}
