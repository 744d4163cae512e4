package org.conductpolicy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;

/**
 * Reads {@code conduct.properties}, the conduct table an officer edits: one kind of conduct a line,
 *
 * <pre>
 * personal-attack = breach CoC-7
 * policy-criticism = legitimate-debate CoC-2, CoC-7, PRN-6
 * discrimination.characteristics = gender, race, religion
 * </pre>
 *
 * <p>A kind is spelled as case files spell it; its class is one of {@link ConductClass}; each clause must
 * be in the clause catalogue, and a breach names exactly one. A line {@code KIND.characteristics} lists
 * the characteristics an incident of that kind must name one of. Blank lines and lines starting with
 * {@code #} or {@code !} are comments. Every problem names the file and the line.
 */
final class ConductFile {
    static final String NAME = "conduct.properties";

    private static final String CHARACTERISTICS = ".characteristics";
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final String file;
    private final Set<String> catalogue;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<String, Line> kinds = new LinkedHashMap<>();
    private final Map<String, Line> characteristics = new HashMap<>();

    /** One line of the file: its number, and the text either side of its {@code =}. */
    private record Line(int number, String key, String value) {}

    private ConductFile(String file, Set<String> catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    /**
     * The table in {@code text}, whose clauses must all be in {@code catalogue}.
     *
     * @throws PolicyRulesException naming {@code file} and the line of each problem
     */
    static ConductTable parse(String file, String text, Set<String> catalogue) {
        return new ConductFile(file, catalogue).parse(text);
    }

    private ConductTable parse(String text) {
        PropertiesText.entries(file, text, "'kind = class clause', such as 'personal-attack = breach CoC-7'", problems)
                .values()
                .forEach(entry -> sort(new Line(entry.line(), entry.key(), entry.value())));
        characteristics.forEach((kind, line) -> {
            if (!kinds.containsKey(kind)) {
                problem(line, "'" + line.key() + "' is for the kind '" + kind + "', which this file does not list");
            }
        });
        List<ConductKind> table = new ArrayList<>();
        kinds.values().forEach(line -> kind(line).ifPresent(table::add));
        if (problems.isEmpty() && table.isEmpty()) {
            problems.add(new RuleProblem(file, 0, "lists no kinds of conduct"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RuleProblem::line));
            throw new PolicyRulesException(problems);
        }
        return ConductTable.of(table);
    }

    /** Files a line as a kind or as a kind's characteristics. */
    private void sort(Line line) {
        boolean isCharacteristics = line.key().endsWith(CHARACTERISTICS);
        String kind = isCharacteristics
                ? line.key().substring(0, line.key().length() - CHARACTERISTICS.length())
                : line.key();
        if (!WireName.isKebabCase(kind)) {
            problem(
                    line,
                    "'" + kind + "' is not spelled as case files spell a kind of conduct: lower-case words"
                            + " joined by hyphens, such as personal-attack");
            return;
        }
        (isCharacteristics ? characteristics : kinds).put(kind, line);
    }

    private Optional<ConductKind> kind(Line line) {
        List<String> words = words(line.value());
        if (words.isEmpty()) {
            problem(line, "'" + line.key() + "' needs a class and a clause, such as 'breach CoC-7'");
            return Optional.empty();
        }
        Optional<ConductClass> conductClass = WireName.parse(ConductClass.class, words.get(0));
        if (conductClass.isEmpty()) {
            problem(
                    line,
                    "'" + words.get(0) + "' is not a class of conduct; the classes are: "
                            + WireName.allOf(ConductClass.class));
            return Optional.empty();
        }
        List<String> clauses = words.subList(1, words.size());
        int before = problems.size();
        if (clauses.isEmpty()) {
            problem(line, "'" + line.key() + "' names no clause: add the clause that classes it, such as CoC-7");
        }
        clauses.stream()
                .filter(clause -> !catalogue.contains(clause))
                .forEach(clause -> problem(line, "'" + clause + "' is not in the clause catalogue"));
        if (conductClass.get() == ConductClass.BREACH && clauses.size() > 1) {
            problem(
                    line,
                    "'" + line.key() + "' is a breach, which names the one clause it breaks, not " + clauses.size());
        }
        List<String> kindCharacteristics = characteristicsOf(line.key());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ConductKind(line.key(), conductClass.get(), clauses, kindCharacteristics));
    }

    private List<String> characteristicsOf(String kind) {
        Line line = characteristics.get(kind);
        if (line == null) {
            return List.of();
        }
        List<String> names = words(line.value());
        if (names.isEmpty()) {
            problem(line, "'" + line.key() + "' lists no characteristics");
        }
        for (String name : names) {
            if (!WireName.isKebabCase(name)) {
                problem(
                        line,
                        "'" + name + "' is not spelled as case files spell a characteristic: lower-case"
                                + " words joined by hyphens, such as sexual-orientation");
            }
        }
        if (names.stream().distinct().count() < names.size()) {
            problem(line, "'" + line.key() + "' lists a characteristic twice");
        }
        return names;
    }

    private static List<String> words(String value) {
        return Arrays.stream(SEPARATORS.split(value))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private void problem(Line line, String message) {
        problems.add(new RuleProblem(file, line.number(), message));
    }
}
