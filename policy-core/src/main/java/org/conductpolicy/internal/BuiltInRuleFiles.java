package org.conductpolicy.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/**
 * The built-in rule folder that {@code policy-rules} puts on the classpath (every rule file, the parameters,
 * the clause catalogue and the conduct table): read, or written to a folder, where {@link RuleSets#fromFolder}
 * loads it as the same rules.
 */
final class BuiltInRuleFiles {
    private BuiltInRuleFiles() {}

    /** The text of every file of the built-in rule folder, by its path in the folder ({@code /} between folders). */
    static Map<String, String> texts() {
        return inFolder(BuiltInRuleFiles::read);
    }

    /**
     * Copies every file of the built-in rule folder into {@code target}, created if need be, keeping
     * the folder's layout; a file of the same name is overwritten.
     *
     * @return the files written, in name order
     */
    static List<Path> exportTo(Path target) {
        return inFolder(folder -> {
            List<Path> written = new ArrayList<>();
            try {
                Files.createDirectories(target);
                for (Map.Entry<String, Path> file : files(folder).entrySet()) {
                    Path copy = target;
                    for (String part : file.getKey().split("/")) {
                        copy = copy.resolve(part);
                    }
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, Files.readAllBytes(file.getValue()));
                    written.add(copy);
                }
            } catch (IOException unwritable) {
                throw new PolicyRulesException(List.of(
                        new RuleProblem(target.toString(), 0, "cannot be written: " + unwritable.getMessage())));
            }
            return written;
        });
    }

    private interface FolderReader<T> {
        T read(Path folder) throws IOException;
    }

    /** What {@code reader} reads of the built-in folder, found by its parameters file, in a jar or not. */
    private static <T> T inFolder(FolderReader<T> reader) {
        String anchor = RuleSets.BUILT_IN_FOLDER + ParametersFile.NAME;
        // The folder is found by a file only it holds: test classes may share its package elsewhere.
        URL parameters = RuleSets.class.getClassLoader().getResource(anchor);
        if (parameters == null) {
            throw new PolicyRulesException(List.of(new RuleProblem(
                    RuleSets.BUILT_IN_FOLDER,
                    0,
                    "is not on the classpath: add org.conductpolicy:policy-rules as a dependency")));
        }
        try {
            URI uri = parameters.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.read(Path.of(uri).getParent());
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return reader.read(jar.provider().getPath(uri).getParent());
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // Opened by someone else, who closes it: read from it and leave it open.
                return reader.read(
                        FileSystems.getFileSystem(uri).provider().getPath(uri).getParent());
            }
        } catch (IOException | URISyntaxException unreadable) {
            throw new PolicyRulesException(List.of(
                    new RuleProblem(RuleSets.BUILT_IN_FOLDER, 0, "cannot be read: " + unreadable.getMessage())));
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(folder).entrySet()) {
            texts.put(file.getKey(), Files.readString(file.getValue(), StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** The rule set's own files in the folder, by their paths in it: the classes beside them are not. */
    private static Map<String, Path> files(Path folder) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(relativeName(folder, file), file));
        }
        files.keySet().removeIf(name -> !RuleSets.isRuleSetFile(name));
        return files;
    }

    private static String relativeName(Path source, Path file) {
        List<String> parts = new ArrayList<>();
        source.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
