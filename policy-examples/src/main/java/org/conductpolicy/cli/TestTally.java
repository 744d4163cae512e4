package org.conductpolicy.cli;

import org.conductpolicy.io.CaseResult;

/** How many cases of a {@code policy test} run passed and failed so far. */
final class TestTally {
    private int passed;
    private int failed;
    private int warned;

    void add(CaseResult result) {
        if (!result.warnings().isEmpty()) {
            warned++;
        }
        if (result.passed()) {
            passed++;
        } else {
            failed++;
        }
    }

    int passed() {
        return passed;
    }

    int failed() {
        return failed;
    }

    /** The closing line of a run: {@code N passed, N failed}, then {@code (N with warnings)} when some are. */
    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed" + (warned == 0 ? "" : " (" + warned + " with warnings)");
    }
}
