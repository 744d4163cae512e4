package org.conductpolicy.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/**
 * The one reader of a rule set's {@code .properties} files ({@code parameters.properties},
 * {@code clauses.properties}, {@code conduct.properties}): one {@code key = value} entry a line, so that
 * every problem names the file and its line. Blank lines and lines starting with {@code #} or {@code !}
 * are comments. A value is taken as written, up to the end of its line: there are no escapes and no
 * continued lines, and a key given twice is an error rather than the later one silently winning.
 */
final class PropertiesText {
    private PropertiesText() {}

    /**
     * One entry of the file.
     *
     * @param line its line, counting from 1
     * @param key the text before the first {@code =}, stripped
     * @param value the text after it, stripped
     */
    record Entry(int line, String key, String value) {}

    /**
     * The file's entries by key, in the order written.
     *
     * @param shape what an entry of the file looks like, shown when a line is not an entry, such as
     *     {@code 'name = whole number', such as 'ban-days = 30'}
     * @throws PolicyRulesException naming the file and the line of each line that is not an entry, that
     *     runs onto the next line, or that gives a key already given
     */
    static Map<String, Entry> entries(String file, String text, String shape) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Entry> entries = entries(file, text, shape, problems);
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        return entries;
    }

    /**
     * The file's good entries by key, in the order written, adding a problem to {@code problems} for each
     * line that is not one, so that a caller can report them with its own.
     */
    static Map<String, Entry> entries(String file, String text, String shape, List<RuleProblem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(new RuleProblem(file, number, "is not " + shape));
                continue;
            }
            Entry entry = new Entry(
                    number,
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip());
            if (entry.value().endsWith("\\")) {
                problems.add(new RuleProblem(
                        file, number, "'" + entry.key() + "' runs onto the next line: write each entry on one line"));
                continue;
            }
            Entry first = entries.putIfAbsent(entry.key(), entry);
            if (first != null) {
                problems.add(new RuleProblem(
                        file, number, "'" + entry.key() + "' is listed twice: first on line " + first.line()));
            }
        }
        return Collections.unmodifiableMap(entries);
    }
}
