package org.conductpolicy.cli;

import org.conductpolicy.io.CaseResult;

/**
 * Where {@code policy test} reports its results, in one {@link TestFormat}: told of each case as it is
 * run, in order, then of the end of the run.
 */
interface TestReport {
    /** One case's result, in the order the cases run. */
    void add(CaseResult result);

    /** The run is over: write what is left, such as the closing count, and flush. */
    void finish(TestTally tally);
}
