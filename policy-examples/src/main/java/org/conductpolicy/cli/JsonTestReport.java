package org.conductpolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.conductpolicy.io.CaseResult;
import org.conductpolicy.io.DecisionJson;

/**
 * {@code policy test}'s report for tools: one JSON document, {@code {"cases": [...], "passed": N,
 * "failed": N}}, each case {@code {"file", "name", "passed", "failures", "warnings", "proposed"}}, the
 * actions proposed written as {@code decide} writes them. Written at the end of the run.
 */
final class JsonTestReport implements TestReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final ObjectNode report = JSON.createObjectNode();
    private final ArrayNode cases = report.putArray("cases");

    JsonTestReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void add(CaseResult result) {
        ObjectNode entry = cases.addObject();
        entry.put("file", result.file());
        entry.put("name", result.name());
        entry.put("passed", result.passed());
        result.failures().forEach(entry.putArray("failures")::add);
        result.warnings().forEach(entry.putArray("warnings")::add);
        ArrayNode proposed = entry.putArray("proposed");
        try {
            for (var action : result.proposed()) {
                proposed.add(JSON.readTree(DecisionJson.of(action)));
            }
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("DecisionJson wrote an action that is not JSON", notJson);
        }
    }

    @Override
    public void finish(TestTally tally) {
        report.put("passed", tally.passed());
        report.put("failed", tally.failed());
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("the JSON report could not be written", unwritable);
        }
        out.flush();
    }
}
