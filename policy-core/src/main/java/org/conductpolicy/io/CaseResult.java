package org.conductpolicy.io;

import java.util.List;
import java.util.Objects;
import org.conductpolicy.api.Action;

/**
 * The outcome of one case file of a casebook: whether it passed, what failed (an expectation not met,
 * or the reader's message for a file that could not be read), what is doubtful about the case though it
 * passed, and the actions the engine proposed.
 *
 * @param file the case file, as named when found
 * @param name the case's name, or the file for a file that could not be read
 * @param failures one sentence per failure, in the file's order; empty when the case passed
 * @param proposed the actions proposed, in the decision's order; empty when the file could not be read
 * @param warnings one sentence per thing that makes the case a weak test whether or not it passed (it
 *     expects nothing, or an expectation gives {@code because} word for word), in the file's order
 */
public record CaseResult(
        String file, String name, List<String> failures, List<Action> proposed, List<String> warnings) {
    public CaseResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        failures = List.copyOf(failures);
        proposed = List.copyOf(proposed);
        warnings = List.copyOf(warnings);
    }

    /** The outcome of a case with nothing to warn about. */
    public CaseResult(String file, String name, List<String> failures, List<Action> proposed) {
        this(file, name, failures, proposed, List.of());
    }

    /** Whether every expectation was met. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
