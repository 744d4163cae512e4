package org.conductpolicy.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Decision;

/**
 * A decision as JSON, as policy-core/docs/case-files.md shows it: {@code asOf}, {@code rulesVersion} (left out
 * for a decision no engine made), then {@code actions} in the decision's
 * stable order, one per line, each with {@code action}, its fields in {@link ActionField} order, {@code
 * due}, {@code confidential} (only for an action about a complaint), {@code clauses} and {@code because}.
 * The same decision always gives the same bytes.
 */
public final class DecisionJson {
    private DecisionJson() {}

    /** The whole decision, ending with a line break. */
    public static String of(Decision decision) {
        Jackson.require();
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"asOf\": ").append(quote(decision.asOf().toString())).append(",\n");
        if (!decision.rulesVersion().isEmpty()) {
            json.append("  \"rulesVersion\": ")
                    .append(quote(decision.rulesVersion()))
                    .append(",\n");
        }
        if (decision.actions().isEmpty()) {
            json.append("  \"actions\": []\n");
        } else {
            json.append("  \"actions\": [\n");
            json.append(decision.actions().stream()
                    .map(action -> "    " + of(action))
                    .collect(Collectors.joining(",\n")));
            json.append("\n  ]\n");
        }
        return json.append("}\n").toString();
    }

    /** One action as a JSON object on one line. */
    public static String of(Action action) {
        Jackson.require();
        StringBuilder json = new StringBuilder();
        json.append("{\"action\": ").append(quote(action.type().wireName()));
        for (Map.Entry<ActionField, Object> field : action.fields().entrySet()) {
            json.append(", ")
                    .append(quote(field.getKey().wireName()))
                    .append(": ")
                    .append(value(field.getValue()));
        }
        json.append(", \"due\": ").append(quote(action.due().toString()));
        if (action.confidential()) {
            json.append(", \"confidential\": true");
        }
        json.append(", \"clauses\": ").append(list(action.clauses()));
        json.append(", \"because\": ").append(quote(action.because()));
        return json.append('}').toString();
    }

    private static String value(Object value) {
        if (value instanceof Integer number) {
            return number.toString();
        }
        if (value instanceof LocalDate day) {
            return quote(day.toString());
        }
        return quote(value.toString());
    }

    private static String list(List<String> items) {
        return items.stream().map(DecisionJson::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
