package org.conductpolicy.io;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.CheckedFacts;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Flag;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.io.Values.BadValue;

/**
 * Reads one case file, strictly: the whole file and every fact in it are checked, the facts exactly as
 * the engine checks them (each incident's conduct against the rule set's conduct table, when one is
 * given), and the first problem found is thrown as a {@link CaseFileException} that names the file, the
 * line, the fact or expectation and the field.
 */
final class CaseFileReader {
    private static final List<String> TOP_LEVEL = List.of("name", "asOf", "facts", "expect", "expectNot");

    private static final ObjectMapper YAML = YAMLMapper.builder(JacksonLimits.lifted(YAMLFactory.builder())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder(JacksonLimits.lifted(new JsonFactoryBuilder())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    /** A byte-order mark, which a file may begin with, YAML and JSON alike; it is not part of the text. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String file;
    private final Optional<ConductTable> conduct;
    private LineIndex lines = LineIndex.none();

    private CaseFileReader(String file, Optional<ConductTable> conduct) {
        this.file = file;
        this.conduct = conduct;
    }

    /**
     * Reads the case file, as YAML or JSON by the ending of its name; each incident's conduct is checked
     * against {@code conduct} when it is given, and otherwise only for its spelling.
     */
    static CaseFile read(String text, String file, Optional<ConductTable> conduct) {
        CaseFileFormat format = CaseFileFormat.ofName(file)
                .orElseThrow(() -> CaseFileException.ofFile(
                        file, "is not a case file: its name must end in .yaml, .yml or .json"));
        return read(text, file, format, conduct);
    }

    /** Reads the case file in the format given, whatever {@code file}, which messages name, ends in. */
    static CaseFile read(String text, String file, CaseFileFormat format, Optional<ConductTable> conduct) {
        return new CaseFileReader(file, conduct).read(text, format == CaseFileFormat.JSON ? JSON : YAML);
    }

    private CaseFile read(String given, ObjectMapper mapper) {
        ReadLimits.checkSize(ReadLimits.utf8Bytes(given), file);
        String text = !given.isEmpty() && given.charAt(0) == BYTE_ORDER_MARK ? given.substring(1) : given;
        if (mapper == YAML) {
            ReadLimits.checkYamlRuns(text, file);
            PlainYaml.check(text, file);
        }
        lines = LineIndex.of(file);
        JsonNode root = tree(mapper, text);
        if (!root.isObject()) {
            throw fail(
                    "", Entry.TOP_LEVEL, "must be a mapping with name, asOf and facts, not " + Values.describe(root));
        }
        checkFields(root, "", Entry.TOP_LEVEL, TOP_LEVEL, "a case file");
        String name = required(root, "name", Values::text);
        if (name.isBlank()) {
            throw fail("/name", Entry.TOP_LEVEL, "name", "must not be blank");
        }
        LocalDate asOf = required(root, "asOf", Values::day);
        CheckedFacts.dayProblem(asOf).ifPresent(problem -> {
            throw fail("/asOf", Entry.TOP_LEVEL, "asOf", problem);
        });
        List<Fact> facts = facts(root, asOf);
        List<Expectation> expect = expectations(root, "expect");
        List<Expectation> expectNot = expectations(root, "expectNot");
        return new CaseFile(name, asOf, facts, expect, expectNot, file);
    }

    private JsonNode tree(ObjectMapper mapper, String text) {
        String format = mapper == JSON ? "JSON" : "YAML";
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            parser.nextToken();
            JsonNode root = lines.readTree(parser);
            if (root == null) {
                throw fail("", Entry.TOP_LEVEL, "is empty: a case file needs name, asOf and facts");
            }
            if (parser.nextToken() != null) {
                throw CaseFileException.atLine(
                        file,
                        parser.currentTokenLocation().getLineNr(),
                        "holds more than one " + format + " document: give one case per file");
            }
            return root;
        } catch (JsonProcessingException malformed) {
            int line = malformed.getLocation() == null
                    ? 0
                    : malformed.getLocation().getLineNr();
            throw CaseFileException.atLine(
                    file, line, "is not valid " + format + ": " + firstLine(malformed.getOriginalMessage()));
        } catch (IOException unreadable) {
            throw CaseFileException.ofFile(file, "cannot be read: " + unreadable.getMessage());
        }
    }

    private static String firstLine(String message) {
        String trimmed = message == null ? "" : message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }

    private List<Fact> facts(JsonNode root, LocalDate asOf) {
        JsonNode list = root.get("facts");
        if (Values.absent(list)) {
            throw fail("", Entry.TOP_LEVEL, "facts", "is required (it may be an empty list, [])");
        }
        if (!list.isArray()) {
            throw fail("/facts", Entry.TOP_LEVEL, "facts", "must be a list of facts, not " + Values.describe(list));
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            facts.add(fact(list.get(i), i + 1));
        }
        try {
            CheckedFacts checked = CheckedFacts.check(asOf, facts);
            conduct.ifPresent(table -> table.check(checked));
            return checked;
        } catch (InvalidFactException invalid) {
            // The one check of the facts together: placed at the line of the fact's field.
            int position = invalid.position().orElseThrow();
            throw fail(
                    "/facts/" + (position - 1) + "/" + invalid.field(),
                    Entry.fact(position, invalid.factType(), invalid.factId().orElse(null)),
                    invalid.field(),
                    invalid.problem());
        }
    }

    private Fact fact(JsonNode node, int position) {
        String pointer = "/facts/" + (position - 1);
        if (!node.isObject()) {
            throw fail(
                    pointer,
                    Entry.fact(position),
                    "must be a mapping such as {type: person, id: p1, standing: member}, not " + Values.describe(node));
        }
        JsonNode typeNode = node.get("type");
        if (Values.absent(typeNode)) {
            throw fail(
                    pointer,
                    Entry.fact(position),
                    "type",
                    "is required; it is one of: " + WireName.allOf(FactType.class));
        }
        FactType type = value(
                typeNode,
                pointer + "/type",
                Entry.fact(position),
                "type",
                value -> Values.constant(value, FactType.class));
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
        Entry entry = Entry.fact(position, type.wireName(), id);
        List<RecordComponent> components = type.fields();
        List<String> allowed = new ArrayList<>(List.of("type"));
        components.forEach(component -> allowed.add(component.getName()));
        checkFields(node, pointer, entry, allowed, "a " + type.wireName());

        Object[] values = new Object[components.size()];
        for (int i = 0; i < components.size(); i++) {
            RecordComponent component = components.get(i);
            String field = component.getName();
            JsonNode value = node.get(field);
            if (Values.absent(value)) {
                values[i] = absentValue(component, pointer, entry);
            } else {
                values[i] = value(value, pointer + "/" + field, entry, field, v -> convert(v, component.getType()));
            }
        }
        try {
            return FactShapes.build(type, values);
        } catch (InvalidFactException invalid) {
            throw fail(pointer + "/" + invalid.field(), entry, invalid.field(), invalid.problem());
        }
    }

    private Object absentValue(RecordComponent component, String pointer, Entry entry) {
        if (component.getType() != boolean.class) {
            return null;
        }
        return switch (Flag.IfOmitted.of(component)) {
            case FALSE -> false;
            case TRUE -> true;
            case REQUIRED -> throw fail(pointer, entry, component.getName(), "is required (true or false)");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(JsonNode value, Class<?> javaType) {
        if (javaType == String.class) {
            return Values.text(value);
        }
        if (javaType == LocalDate.class) {
            return Values.day(value);
        }
        if (javaType == boolean.class) {
            return Values.flag(value);
        }
        if (javaType == Integer.class) {
            return Values.number(value);
        }
        if (javaType == List.class) {
            return Values.texts(value);
        }
        if (javaType.isEnum()) {
            return Values.constant(value, (Class) javaType);
        }
        throw new IllegalStateException("no case-file form for " + javaType);
    }

    private List<Expectation> expectations(JsonNode root, String section) {
        JsonNode list = root.get(section);
        if (Values.absent(list)) {
            return List.of();
        }
        if (!list.isArray()) {
            throw fail(
                    "/" + section, Entry.TOP_LEVEL, section, "must be a list of actions, not " + Values.describe(list));
        }
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            expectations.add(expectation(list.get(i), "/" + section + "/" + i, Entry.expectation(section, i)));
        }
        return expectations;
    }

    private Expectation expectation(JsonNode node, String pointer, Entry entry) {
        if (!node.isObject()) {
            throw fail(
                    pointer,
                    entry,
                    "must be a mapping such as {action: warn, person: p1}, not " + Values.describe(node));
        }
        checkFields(node, pointer, entry, ExpectationShape.FIELDS, "an expectation");
        JsonNode actionNode = node.get(ExpectationShape.ACTION);
        ActionType action = Values.absent(actionNode)
                ? null
                : value(actionNode, pointer + "/action", entry, "action", v -> Values.constant(v, ActionType.class));
        if (action != null) {
            checkFields(node, pointer, entry, ExpectationShape.fieldsFor(action), "a " + action.wireName() + " action");
        }
        Map<ActionField, Object> fields = new EnumMap<>(ActionField.class);
        for (ActionField field : ActionField.values()) {
            JsonNode value = node.get(field.wireName());
            if (!Values.absent(value)) {
                fields.put(
                        field,
                        value(
                                value,
                                pointer + "/" + field.wireName(),
                                entry,
                                field.wireName(),
                                v -> actionValue(v, action, field)));
            }
        }
        LocalDate due = optional(node, pointer, entry, ExpectationShape.DUE, Values::day);
        Boolean confidential = optional(node, pointer, entry, ExpectationShape.CONFIDENTIAL, Values::flag);
        List<String> clauses = optional(node, pointer, entry, ExpectationShape.CLAUSES, Values::texts);
        String because = optional(node, pointer, entry, ExpectationShape.BECAUSE, Values::text);
        return new Expectation(action, fields, due, confidential, clauses == null ? List.of() : clauses, because);
    }

    private static Object actionValue(JsonNode value, ActionType action, ActionField field) {
        if (field.valueType() == Integer.class) {
            return Values.number(value);
        }
        if (field.valueType() == LocalDate.class) {
            return Values.day(value);
        }
        return ExpectationShape.allowedValues(action, field)
                .<Object>map(allowed -> Values.oneOf(value, allowed))
                .orElseGet(() -> Values.text(value));
    }

    private <T> T optional(JsonNode node, String pointer, Entry entry, String field, Function<JsonNode, T> convert) {
        JsonNode value = node.get(field);
        return Values.absent(value) ? null : value(value, pointer + "/" + field, entry, field, convert);
    }

    private <T> T required(JsonNode root, String field, Function<JsonNode, T> convert) {
        JsonNode value = root.get(field);
        if (Values.absent(value)) {
            throw fail("", Entry.TOP_LEVEL, field, "is required");
        }
        return value(value, "/" + field, Entry.TOP_LEVEL, field, convert);
    }

    private <T> T value(JsonNode value, String pointer, Entry entry, String field, Function<JsonNode, T> convert) {
        try {
            return convert.apply(value);
        } catch (BadValue bad) {
            throw fail(pointer, entry, field, bad.getMessage());
        }
    }

    private void checkFields(JsonNode node, String pointer, Entry entry, List<String> allowed, String what) {
        Set<String> known = Set.copyOf(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail(
                        pointer + "/" + name,
                        entry,
                        name,
                        "is not a field of " + what + "; its fields are: " + String.join(", ", allowed));
            }
        }
    }

    /** A problem with one field of an entry, placed at the line of the value at {@code pointer}. */
    private CaseFileException fail(String pointer, Entry entry, String field, String problem) {
        return CaseFileException.inField(file, lines.lineOf(pointer), entry, field, problem);
    }

    /** A problem with an entry as a whole, placed at the line of the value at {@code pointer}. */
    private CaseFileException fail(String pointer, Entry entry, String problem) {
        return CaseFileException.inEntry(file, lines.lineOf(pointer), entry, problem);
    }
}
