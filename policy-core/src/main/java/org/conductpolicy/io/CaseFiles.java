package org.conductpolicy.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes case files (policy-core/docs/case-files.md), in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code
 * .json}). Reading is strict and whole: a file that reads is one the engine accepts as it stands; any
 * problem throws one {@link CaseFileException} naming the file, the fact and the field.
 */
public final class CaseFiles {
    private CaseFiles() {}

    /**
     * Reads a case file, as YAML or JSON by its name's extension.
     *
     * @throws CaseFileException when it cannot be read or is not a valid case file
     */
    public static CaseFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notText) {
            throw CaseFileException.ofFile(file.toString(), "cannot be read: it is not UTF-8 text");
        } catch (NoSuchFileException missing) {
            throw CaseFileException.ofFile(file.toString(), "does not exist");
        } catch (IOException unreadable) {
            throw CaseFileException.ofFile(file.toString(), "cannot be read: " + unreadable);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a case file's text, as YAML or JSON by the extension of {@code fileName}, which messages
     * and {@link CaseFile#source()} name.
     *
     * @throws CaseFileException when it is not a valid case file
     */
    public static CaseFile parse(String text, String fileName) {
        return CaseFileReader.read(text, fileName);
    }

    /** The case file as YAML that {@link #parse} reads back equal (given the same file name). */
    public static String write(CaseFile caseFile) {
        return CaseFileWriter.write(caseFile);
    }

    /** Whether the file's name marks it as a case file: it ends in .yaml, .yml or .json. */
    public static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
