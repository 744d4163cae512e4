package org.conductpolicy.api;

/**
 * One problem found in a rule set: a rule file that does not compile, a rule that cites no clause or
 * an unknown one, or a parameter that is missing or malformed.
 *
 * @param file the file at fault: for a rule folder, the path of the file in the folder as the folder was
 *     given (the folder itself for a problem of the folder as a whole); for the built-in rules, the file's
 *     resource name, such as {@code org/conductpolicy/rules/ladder.drl}
 * @param line the line in that file, counting from 1; 0 only for a problem of a file as a whole (a file
 *     missing, an entry missing from it)
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
