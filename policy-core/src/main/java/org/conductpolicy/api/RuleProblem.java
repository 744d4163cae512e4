package org.conductpolicy.api;

/**
 * One problem found in a rule set: a rule file that does not compile, a rule that cites no clause or
 * an unknown one, or a parameter that is missing or malformed.
 *
 * @param file the file at fault, as it was named when loaded
 * @param line the line in that file, counting from 1; 0 when not known
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
