package org.conductpolicy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/** A {@code .properties} file of a rule set, read so that each problem names the file and its line. */
final class PropertiesText {
    private static final Pattern BAD_ESCAPE = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");

    private PropertiesText() {}

    /**
     * Reads the file's entries.
     *
     * @throws PolicyRulesException naming the file and the line when the text is malformed
     */
    static Properties load(String file, String text) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException malformed) {
            throw new PolicyRulesException(
                    List.of(new RuleProblem(file, lineOfBadEscape(text), malformed.getMessage())));
        }
        return properties;
    }

    /** The line on which {@code key} is given, counting from 1; 0 when it is not. */
    static int lineOf(String text, String key) {
        Pattern entry = Pattern.compile("^[ \\t\\f]*" + Pattern.quote(key) + "[ \\t\\f]*[=:\\s]", Pattern.MULTILINE);
        Matcher found = entry.matcher(text + "\n");
        return found.find() ? lineAt(text, found.start()) : 0;
    }

    /** The line of the first {@code \\u} escape without four hex digits, which Properties refuses. */
    private static int lineOfBadEscape(String text) {
        Matcher bad = BAD_ESCAPE.matcher(text);
        return bad.find() ? lineAt(text, bad.start()) : 0;
    }

    private static int lineAt(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
