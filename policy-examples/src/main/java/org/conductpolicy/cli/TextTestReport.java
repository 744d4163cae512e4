package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.SafeText;
import org.conductpolicy.io.CaseResult;
import org.conductpolicy.io.DecisionJson;

/**
 * {@code policy test}'s report for people: {@code PASS name} or {@code FAIL name} per case, as it runs,
 * with what failed and the actions proposed, a {@code warning:} line for each warning, then {@code N
 * passed, N failed}.
 */
final class TextTestReport implements TestReport {
    private final PrintWriter out;

    TextTestReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void add(CaseResult result) {
        out.println((result.passed() ? "PASS " : "FAIL ") + SafeText.of(result.name()));
        if ((!result.passed() || !result.warnings().isEmpty()) && !result.name().equals(result.file())) {
            out.println("  file: " + SafeText.line(result.file()));
        }
        result.warnings().forEach(warning -> out.println("  warning: " + SafeText.line(warning)));
        failureLines(result).forEach(line -> out.println("  " + SafeText.line(line)));
        out.flush();
    }

    /**
     * What failed, a line each, and, when an expectation was not met, the actions proposed ({@code
     * proposed: nothing} when there were none); no line for a case that passed.
     */
    static List<String> failureLines(CaseResult result) {
        List<String> lines = new ArrayList<>(result.failures());
        if (result.failures().stream().anyMatch(failure -> failure.startsWith("expected"))) {
            if (result.proposed().isEmpty()) {
                lines.add("proposed: nothing");
            }
            result.proposed().forEach(action -> lines.add("proposed: " + DecisionJson.of(action)));
        }
        return lines;
    }

    @Override
    public void finish(TestTally tally) {
        out.println(tally);
        out.flush();
    }
}
