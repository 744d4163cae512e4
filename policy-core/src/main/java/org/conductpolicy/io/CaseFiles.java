package org.conductpolicy.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import org.conductpolicy.api.ConductTable;

/**
 * Reads and writes case files (policy-core/docs/case-files.md), in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code
 * .json}). Reading is strict and whole: a file that reads is one the engine accepts as it stands; any
 * problem throws one {@link CaseFileException} naming the file, the fact and the field.
 *
 * <p>Reading and writing need {@code jackson-dataformat-yaml} 2.12 or later on the classpath, which
 * policy-core does not bring (deciding does not need it); without it each method here throws an
 * {@link IllegalStateException} that says so.
 */
public final class CaseFiles {
    /**
     * The most bytes a case file may have (policy-core/docs/case-files.md, "Input rules", has the other
     * limits): a reader of many cases, such as lines of JSON, need hold no more of one.
     */
    public static final int MAX_BYTES = ReadLimits.MAX_BYTES;

    private CaseFiles() {}

    /**
     * Reads a case file, as YAML or JSON by its name's extension, for the rule set whose conduct table is
     * given ({@link org.conductpolicy.api.PolicyEngine#conductTable()}): an incident whose conduct the
     * table does not list is refused here, with the file and the line, rather than when deciding.
     *
     * @throws CaseFileException when it cannot be read or is not a valid case file for that rule set
     */
    public static CaseFile read(Path file, ConductTable conduct) {
        return read(file, Optional.of(conduct));
    }

    /**
     * Reads a case file, as YAML or JSON by its name's extension, for no rule set in particular: each
     * incident's conduct is checked only for its spelling, and the engine refuses a kind its conduct table
     * does not list when deciding. Prefer {@link #read(Path, ConductTable)} when the engine is at hand.
     *
     * @throws CaseFileException when it cannot be read or is not a valid case file
     */
    public static CaseFile read(Path file) {
        return read(file, Optional.empty());
    }

    private static CaseFile read(Path file, Optional<ConductTable> conduct) {
        Jackson.require();
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException missing) {
            throw CaseFileException.ofFile(name, "does not exist");
        } catch (IOException unreadable) {
            throw CaseFileException.ofFile(name, "cannot be read: " + unreadable);
        }
        if (attributes.isDirectory()) {
            throw CaseFileException.ofFile(name, "is a folder: only a regular file is read as a case file");
        }
        if (!attributes.isRegularFile()) {
            throw CaseFileException.ofFile(
                    name,
                    "is not a regular file (it is a device, a pipe or a socket): only a regular file is read as a case file");
        }
        ReadLimits.checkSize(attributes.size(), name);
        try (InputStream in = Files.newInputStream(file)) {
            return CaseFileReader.read(text(in, name), name, conduct);
        } catch (IOException unreadable) {
            throw CaseFileException.ofFile(name, "cannot be read: " + unreadable);
        }
    }

    /**
     * Reads a case file from a stream, such as standard input, in the format given, checking each
     * incident's conduct against the conduct table given. No more of the stream is read than a case file
     * may have ({@code policy-core/docs/case-files.md}, "Input rules"); the stream is not closed.
     *
     * @param source what messages and {@link CaseFile#source()} name, such as {@code standard input}
     * @throws CaseFileException when it cannot be read or is not a valid case file for that rule set
     */
    public static CaseFile read(InputStream in, String source, CaseFileFormat format, ConductTable conduct) {
        Jackson.require();
        try {
            return CaseFileReader.read(text(in, source), source, format, Optional.of(conduct));
        } catch (IOException unreadable) {
            throw CaseFileException.ofFile(source, "cannot be read: " + unreadable);
        }
    }

    /** The stream's text, strictly UTF-8, reading no more than one byte past the limit on a case file's size. */
    private static String text(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(ReadLimits.MAX_BYTES + 1);
        if (bytes.length > ReadLimits.MAX_BYTES) {
            throw CaseFileException.ofFile(
                    source,
                    String.format(
                            Locale.ROOT,
                            "is too large: it has more than %,d bytes, and a case file may have at most %,d",
                            ReadLimits.MAX_BYTES,
                            ReadLimits.MAX_BYTES));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            throw CaseFileException.ofFile(source, "cannot be read: it is not UTF-8 text");
        }
    }

    /**
     * Reads a case file's text, as YAML or JSON by the extension of {@code fileName}, which messages
     * and {@link CaseFile#source()} name.
     *
     * @throws CaseFileException when it is not a valid case file
     */
    public static CaseFile parse(String text, String fileName) {
        Jackson.require();
        return CaseFileReader.read(text, fileName, Optional.empty());
    }

    /**
     * Reads a case file's text as {@link #parse(String, String)} does, checking each incident's conduct
     * against the conduct table given, as {@link #read(Path, ConductTable)} does.
     *
     * @throws CaseFileException when it is not a valid case file for the rule set of that table
     */
    public static CaseFile parse(String text, String fileName, ConductTable conduct) {
        Jackson.require();
        return CaseFileReader.read(text, fileName, Optional.of(conduct));
    }

    /**
     * Reads a case file's text in the format given, whatever {@code source} (which messages and {@link
     * CaseFile#source()} name, such as {@code standard input}) ends in, checking each incident's conduct
     * against the conduct table given, as {@link #read(Path, ConductTable)} does.
     *
     * @throws CaseFileException when it is not a valid case file for the rule set of that table
     */
    public static CaseFile parse(String text, String source, CaseFileFormat format, ConductTable conduct) {
        Jackson.require();
        return CaseFileReader.read(text, source, format, Optional.of(conduct));
    }

    /** The case file as YAML that {@link #parse} reads back equal (given the same file name). */
    public static String write(CaseFile caseFile) {
        Jackson.require();
        return CaseFileWriter.write(caseFile);
    }

    /** Whether the file's name marks it as a case file: it ends in .yaml, .yml or .json. */
    public static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && CaseFileFormat.ofName(name).isPresent();
    }
}
