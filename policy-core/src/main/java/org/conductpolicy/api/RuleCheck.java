package org.conductpolicy.api;

import java.util.List;

/**
 * What checking a rule set found, without deciding a case: every problem that stops it loading (in every
 * file at once, not only the first file at fault), what Drools warns of, and the mistakes Drools compiles
 * without a word (a field whose values are constants compared with a string, a conduct kind the conduct
 * table does not list, a pattern on a type nothing inserts). Checking never throws for a bad rule set.
 *
 * @param rules how many rules it has (0 when they do not compile)
 * @param rulesVersion the version its decisions would carry ({@link Decision#rulesVersion}); empty when its
 *     files cannot all be read
 * @param problems every problem found, by file and line; empty when the rule set is clean
 */
public record RuleCheck(int rules, String rulesVersion, List<RuleProblem> problems) {
    public RuleCheck {
        problems = List.copyOf(problems);
    }

    /** Whether nothing was found: the rules load, and none of the silent mistakes is in them. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
