package org.conductpolicy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
        Map<String, String> texts = new TreeMap<>();
        contents().forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /**
     * Copies every file of the built-in rule folder into {@code target}, created if need be, keeping
     * the folder's layout; a file of the same name is overwritten.
     *
     * @return the files written, in name order
     */
    static List<Path> exportTo(Path target) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (Map.Entry<String, byte[]> file : contents().entrySet()) {
                Path copy = target;
                for (String part : file.getKey().split("/")) {
                    copy = copy.resolve(part);
                }
                Files.createDirectories(copy.getParent());
                Files.write(copy, file.getValue());
                written.add(copy);
            }
        } catch (IOException unwritable) {
            throw new PolicyRulesException(
                    List.of(new RuleProblem(target.toString(), 0, "cannot be written: " + unwritable.getMessage())));
        }
        return written;
    }

    /**
     * The bytes of every file of the built-in folder, by its path in the folder, in name order: found by its
     * parameters file, in a jar or in a folder of classes.
     */
    private static SortedMap<String, byte[]> contents() {
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
            URLConnection connection = parameters.openConnection();
            if (connection instanceof JarURLConnection entry) {
                String folder =
                        entry.getEntryName().substring(0, entry.getEntryName().length() - ParametersFile.NAME.length());
                return inJar(entry.getJarFile(), folder);
            }
            return inFolder(Path.of(parameters.toURI()).getParent());
        } catch (IOException | URISyntaxException unreadable) {
            throw new PolicyRulesException(List.of(
                    new RuleProblem(RuleSets.BUILT_IN_FOLDER, 0, "cannot be read: " + unreadable.getMessage())));
        }
    }

    /**
     * The rule set's files under {@code folder} in {@code jar}: the classes beside them are not. The jar is
     * the one the JDK keeps open for its URL (not closed here), so that its index is not read again: opening
     * the jar as a file system did, and was 7 % of a short command-line run.
     */
    private static SortedMap<String, byte[]> inJar(JarFile jar, String folder) throws IOException {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (!entry.isDirectory()
                    && name.startsWith(folder)
                    && RuleSets.isRuleSetFile(name.substring(folder.length()))) {
                try (InputStream in = jar.getInputStream(entry)) {
                    contents.put(name.substring(folder.length()), in.readAllBytes());
                }
            }
        }
        return contents;
    }

    /** The rule set's files in {@code folder} and the folders in it: the classes beside them are not. */
    private static SortedMap<String, byte[]> inFolder(Path folder) throws IOException {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = relativeName(folder, file);
            if (RuleSets.isRuleSetFile(name)) {
                contents.put(name, Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static String relativeName(Path source, Path file) {
        List<String> parts = new ArrayList<>();
        source.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
