package org.conductpolicy.cli;

import java.io.PrintWriter;
import java.util.function.Function;

/** The formats {@code policy test --format} reports in, by the name the option takes. */
enum TestFormat {
    /** A line per case, PASS or FAIL with what failed, then the count: for people. */
    TEXT(TextTestReport::new),
    /** JUnit XML, one testsuite per folder and one testcase per case: for CI servers. */
    JUNIT(JunitTestReport::new),
    /** One JSON document with every case's result: for tools. */
    JSON(JsonTestReport::new);

    private final Function<PrintWriter, TestReport> report;

    TestFormat(Function<PrintWriter, TestReport> report) {
        this.report = report;
    }

    /** A report in this format, written to {@code out}. */
    TestReport reportTo(PrintWriter out) {
        return report.apply(out);
    }

    /** The names {@code --format} takes: the formats' in lower case. */
    static final class Names extends LowerCaseNames<TestFormat> {
        Names() {
            super(TestFormat.class);
        }
    }
}
