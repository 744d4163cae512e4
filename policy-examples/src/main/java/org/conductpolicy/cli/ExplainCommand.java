package org.conductpolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Explanation;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.DecisionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy explain FILE}: the case's decision with, for each action, the rule that proposed it, the
 * text of the clauses it cites and the facts it matched; then why steps a reader might expect were not
 * taken. As text for officers, or as JSON.
 */
@Command(
        name = "explain",
        description = {
            "Explain a case file's decision: for each action, the rule that proposed it, the text of each clause it"
                    + " cites and the facts (by id) the rule matched; then why not, for each incident that earned no"
                    + " step of the ladder and each appeal or complaint not yet decided.",
            "Exit code 0, or 2 for a file that cannot be read or rules that do not load."
        })
final class ExplainCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (for officers, the default) or json.")
    private TextOrJson format;

    @Parameters(paramLabel = "FILE", description = "A case file (.yaml, .yml or .json).")
    private Path file;

    ExplainCommand(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PolicyEngine engine = engines.load(options.rules());
        CaseFile caseFile = CaseFiles.read(file, engine.conductTable());
        Explanation explanation = engine.explain(caseFile.asOf(), caseFile.facts());
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == TextOrJson.JSON ? json(explanation) : text(explanation));
        out.flush();
        return 0;
    }

    /** The explanation as an officer reads it: each action, then the why-nots. */
    static String text(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        List<Explanation.Step> steps = explanation.steps();
        line(
                text,
                "As of " + explanation.decision().asOf() + ": " + steps.size()
                        + (steps.size() == 1 ? " action." : " actions."));
        for (int i = 0; i < steps.size(); i++) {
            Explanation.Step step = steps.get(i);
            Action action = step.action();
            line(text, "");
            line(text, (i + 1) + ". " + describe(action));
            line(text, "   because: " + action.because());
            line(text, "   rule: \"" + action.rule() + "\"");
            line(text, "   matched: " + (step.matched().isEmpty() ? "no fact with an id" : joined(step.matched())));
            step.clauses().forEach((id, clause) -> line(text, "   " + id + ": " + clause));
        }
        line(text, "");
        if (explanation.whyNots().isEmpty()) {
            line(text, "Why not: nothing held back.");
        } else {
            line(text, "Why not:");
            for (Explanation.WhyNot whyNot : explanation.whyNots()) {
                line(
                        text,
                        "- " + whyNot.about() + ": " + whyNot.because() + " (" + String.join(", ", whyNot.clauses())
                                + ")");
                line(text, "  rule: \"" + whyNot.rule() + "\"");
            }
        }
        return text.toString();
    }

    /** The explanation as JSON: each action as {@code decide} prints it, with its rule, clause texts and facts. */
    static String json(Explanation explanation) {
        ObjectNode root = JSON.createObjectNode();
        root.put("asOf", explanation.decision().asOf().toString());
        ArrayNode actions = root.putArray("actions");
        for (Explanation.Step step : explanation.steps()) {
            ObjectNode action = parsed(DecisionJson.of(step.action()));
            action.put("rule", step.action().rule());
            ObjectNode texts = action.putObject("clauseTexts");
            step.clauses().forEach(texts::put);
            ArrayNode matched = action.putArray("matched");
            step.matched()
                    .forEach(fact -> matched.addObject()
                            .put("type", fact.type().wireName())
                            .put("id", fact.id()));
            actions.add(action);
        }
        ArrayNode whyNots = root.putArray("whyNot");
        for (Explanation.WhyNot whyNot : explanation.whyNots()) {
            ObjectNode entry = whyNots.addObject()
                    .put("about", whyNot.about())
                    .put("because", whyNot.because())
                    .put("rule", whyNot.rule());
            whyNot.clauses().forEach(entry.putArray("clauses")::add);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException impossible) {
            throw new PolicyException("the explanation could not be written as JSON: " + impossible.getMessage());
        }
    }

    private static ObjectNode parsed(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException impossible) {
            throw new PolicyException("an action could not be read back as JSON: " + impossible.getMessage());
        }
    }

    /** An action on one line: its type, its fields and its due day. */
    private static String describe(Action action) {
        String fields =
                action.fields().entrySet().stream().map(ExplainCommand::field).collect(Collectors.joining(", "));
        return action.type().wireName() + (fields.isEmpty() ? "" : " (" + fields + ")") + ", due " + action.due()
                + (action.confidential() ? ", confidential" : "");
    }

    private static String field(Map.Entry<ActionField, Object> field) {
        return field.getKey().wireName() + ": " + field.getValue();
    }

    private static String joined(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }
}
