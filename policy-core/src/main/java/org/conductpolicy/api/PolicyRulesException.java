package org.conductpolicy.api;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set could not be loaded; {@link #problems()} says where and why, file by file. */
public final class PolicyRulesException extends PolicyException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** @param problems what is wrong, at least one */
    public PolicyRulesException(List<RuleProblem> problems) {
        super("the rules could not be loaded:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
