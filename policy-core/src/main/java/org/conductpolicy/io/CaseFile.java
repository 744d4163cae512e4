package org.conductpolicy.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.fact.Fact;

/**
 * A case file (policy-core/docs/case-files.md): what is known about a case on a day, and optionally what a casebook
 * expects the engine to propose, and not to propose, for it. {@link CaseFiles} reads and writes them.
 *
 * @param name what the case shows, in a phrase
 * @param asOf the day the question is asked
 * @param facts everything known, in the file's order
 * @param expect actions that must be proposed; empty when none is expected
 * @param expectNot actions that must not be proposed; empty when none is ruled out
 * @param source where the case came from (the file as named when read), for messages
 */
public record CaseFile(
        String name,
        LocalDate asOf,
        List<Fact> facts,
        List<Expectation> expect,
        List<Expectation> expectNot,
        String source) {

    public CaseFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        // Facts the reader checked stay checked, so that the engine does not check them again.
        facts = facts instanceof CheckedFacts checked ? checked : List.copyOf(facts);
        expect = List.copyOf(expect);
        expectNot = List.copyOf(expectNot);
    }

    /** A case file with facts only and no expectations. */
    public CaseFile(String name, LocalDate asOf, List<Fact> facts, String source) {
        this(name, asOf, facts, List.of(), List.of(), source);
    }
}
