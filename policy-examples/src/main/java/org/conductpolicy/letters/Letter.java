package org.conductpolicy.letters;

import java.util.Objects;
import org.conductpolicy.api.Action;

/**
 * The letter one {@code warn}, {@code ban} or {@code ban-for-life} action needs (ESC-1 to ESC-3), written
 * from a template and not yet sent: it still needs the admin team's sign-off and the Secretary's log
 * (ESC-4), which the letter itself asks for.
 *
 * @param action the action the letter carries out
 * @param format how it is written
 * @param template the file name of the template it was written from, such as {@code warn.md.mustache}
 * @param text the letter
 */
public record Letter(Action action, LetterFormat format, String template, String text) {
    public Letter {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(text, "text");
    }
}
