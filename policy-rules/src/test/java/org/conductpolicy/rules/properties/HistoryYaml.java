package org.conductpolicy.rules.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.WireName;

/**
 * Writes a history as a CASEBOOK.md case file (name, asOf, facts), so that a failing property's shrunk
 * history can be pasted into a file for {@code policy decide}. Field names are camelCase, enumerated
 * values kebab-case, dates ISO, and optional fields are written only when they differ from their default.
 * Stands in until the io package's case-file writer can be used; it knows only the fact types the
 * generators make.
 */
final class HistoryYaml {
    private HistoryYaml() {}

    static String write(History history) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: ").append(history.name()).append('\n');
        yaml.append("asOf: ").append(history.asOf()).append('\n');
        yaml.append("facts:\n");
        for (Fact fact : history.facts()) {
            yaml.append("  - ").append(flowMap(fields(fact))).append('\n');
        }
        return yaml.toString();
    }

    private static List<String> fields(Fact fact) {
        List<String> fields = new ArrayList<>();
        fields.add("type: " + fact.type());
        if (fact instanceof Person person) {
            add(fields, "id", person.id());
            add(fields, "standing", person.standing());
        } else if (fact instanceof Platform platform) {
            add(fields, "id", platform.id());
            add(fields, "kind", platform.kind());
            add(fields, "owner", platform.owner());
            add(fields, "domainRegistrant", platform.domainRegistrant());
            addIfTrue(fields, "presentsAsClp", platform.presentsAsClp());
        } else if (fact instanceof Incident incident) {
            add(fields, "id", incident.id());
            add(fields, "person", incident.person());
            add(fields, "platform", incident.platform());
            add(fields, "on", incident.on());
            add(fields, "conduct", incident.conduct());
            add(fields, "characteristic", incident.characteristic());
            addIfTrue(fields, "adminsConsulted", incident.adminsConsulted());
        } else if (fact instanceof Sanction sanction) {
            add(fields, "id", sanction.id());
            add(fields, "person", sanction.person());
            add(fields, "platform", sanction.platform());
            add(fields, "kind", sanction.kind());
            add(fields, "on", sanction.on());
            add(fields, "days", sanction.days());
            add(fields, "incident", sanction.incident());
        } else if (fact instanceof Appeal appeal) {
            add(fields, "id", appeal.id());
            add(fields, "person", appeal.person());
            add(fields, "sanction", appeal.sanction());
            add(fields, "on", appeal.on());
            addIfTrue(fields, "secretaryInvolved", appeal.secretaryInvolved());
        } else if (fact instanceof Hearing hearing) {
            add(fields, "appeal", hearing.appeal());
            add(fields, "complaint", hearing.complaint());
            add(fields, "side", hearing.side());
            add(fields, "on", hearing.on());
        } else if (fact instanceof AppealDecision decision) {
            add(fields, "appeal", decision.appeal());
            add(fields, "on", decision.on());
            add(fields, "outcome", decision.outcome());
            // CASEBOOK.md: accepted is false only when the appellant is unhappy; true is the default.
            if (!decision.accepted()) {
                fields.add("accepted: false");
            }
        } else {
            throw new IllegalArgumentException("HistoryYaml cannot write a " + fact.type() + " fact yet");
        }
        return fields;
    }

    private static void add(List<String> fields, String name, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Enum<?> constant ? WireName.of(constant) : value.toString();
        fields.add(name + ": " + text);
    }

    private static void addIfTrue(List<String> fields, String name, boolean value) {
        if (value) {
            fields.add(name + ": true");
        }
    }

    private static String flowMap(List<String> fields) {
        StringJoiner map = new StringJoiner(", ", "{", "}");
        fields.forEach(map::add);
        return map.toString();
    }
}
