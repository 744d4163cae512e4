package org.conductpolicy.io;

import java.util.Optional;
import java.util.OptionalInt;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.SafeText;

/**
 * A case file could not be read: it is malformed, or a field is unknown, missing, of the wrong type or
 * not one of the allowed values, or its facts are not valid input together. The message names the file
 * (and the line, when known), the fact or expectation (its position and id) and the field. Nothing of
 * the file has been decided.
 */
public final class CaseFileException extends PolicyException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String place;
    private final String factId;
    private final String field;
    private final String problem;

    private CaseFileException(String file, int line, String place, String factId, String field, String problem) {
        super(describe(file, line, place, field, problem));
        this.file = file;
        this.line = line;
        this.place = place;
        this.factId = factId;
        this.field = field;
        this.problem = problem;
    }

    /**
     * A problem with a file, or with files and folders, as a whole, such as a path that does not exist.
     *
     * @param file the file or folder, as named
     * @param problem what is wrong, such as "does not exist"
     */
    public static CaseFileException ofFile(String file, String problem) {
        return new CaseFileException(file, 0, null, null, null, problem);
    }

    /**
     * A problem with a file's text at a line, such as malformed YAML.
     *
     * @param line the line, counting from 1; 0 when not known
     */
    public static CaseFileException atLine(String file, int line, String problem) {
        return new CaseFileException(file, line, null, null, null, problem);
    }

    /** A problem with an entry of a file as a whole, such as a fact that is not a mapping. */
    static CaseFileException inEntry(String file, int line, Entry entry, String problem) {
        return new CaseFileException(file, line, entry.place(), entry.factId(), null, problem);
    }

    /** A problem with one field of an entry, or of the file's top level. */
    static CaseFileException inField(String file, int line, Entry entry, String field, String problem) {
        return new CaseFileException(file, line, entry.place(), entry.factId(), field, problem);
    }

    /** The file, as it was named when read. */
    public String file() {
        return file;
    }

    /** The line of the file where the problem is, counting from 1, when known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Which entry of the file is at fault, such as {@code fact 3 (sanction 's1')} or {@code expect 2};
     * empty when the problem is in the file as a whole or one of its top-level fields.
     */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** The id of the fact at fault, when it has one. */
    public Optional<String> factId() {
        return Optional.ofNullable(factId);
    }

    /** The field at fault, as case files spell it, when the problem is in one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** What is wrong, without the file, place and field named. */
    public String problem() {
        return problem;
    }

    private static String describe(String file, int line, String place, String field, String problem) {
        StringBuilder message = new StringBuilder(SafeText.line(file));
        if (line > 0) {
            message.append(':').append(line);
        }
        message.append(": ");
        if (place != null) {
            message.append(place).append(": ");
        }
        if (field != null) {
            message.append("field '").append(SafeText.of(field)).append("' ");
        }
        return message.append(problem).toString();
    }
}
