package org.conductpolicy.api;

import java.util.List;
import java.util.Objects;

/**
 * One rule of a rule set, where it is written and what it cites ({@link PolicyEngine#rules}).
 *
 * @param name the rule's name, as its file quotes it
 * @param file its file, named as {@link RuleProblem#file()} names files
 * @param line the line on which the rule starts, counting from 1; 0 when it cannot be found
 * @param clauses the clauses its {@code @clause} metadata cites, in the order written
 */
public record PolicyRule(String name, String file, int line, List<String> clauses) {
    public PolicyRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        clauses = List.copyOf(clauses);
    }

    /** {@code FILE:LINE}, or the file alone when the line is not known. */
    public String place() {
        return line > 0 ? file + ":" + line : file;
    }
}
