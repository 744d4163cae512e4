package org.conductpolicy.vocabulary;

import java.util.Objects;

/**
 * Why a step a reader might expect was not taken, derived by a rule of {@code why-not.drl} only when an
 * explanation is asked for ({@link ExplanationAsked}): an incident that earned no step of the ladder, or
 * an appeal or complaint not yet decided and what it waits for. A decision never reads one; the engine
 * names the rule that derived it and cites that rule's clauses.
 *
 * @param about the id of the incident, appeal or complaint it is about
 * @param because one sentence, with the dates that decided it, such as {@code "no ban: the window of the
 *     warning of 2024-01-15 ended on 2025-01-15, before this breach"}
 */
public record WhyNot(String about, String because) {
    public WhyNot {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(because, "because");
    }
}
