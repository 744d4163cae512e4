package org.conductpolicy.letters;

/** How a letter is written: each format has its own templates, named {@code ACTION.EXT.mustache}. */
public enum LetterFormat {
    /** Markdown, for a letter sent by e-mail or posted as a message: templates {@code *.md.mustache}. */
    MARKDOWN("md"),
    /** Plain text: templates {@code *.txt.mustache}. */
    TEXT("txt");

    private final String extension;

    LetterFormat(String extension) {
        this.extension = extension;
    }

    /** The part of a template's file name that names the format, such as {@code md} in {@code warn.md.mustache}. */
    public String extension() {
        return extension;
    }
}
