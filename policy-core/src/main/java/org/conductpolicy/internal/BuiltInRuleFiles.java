package org.conductpolicy.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;

/**
 * Writes the built-in rule folder that {@code policy-rules} puts on the classpath (every rule file, the
 * parameters, the clause catalogue and the conduct table) to a folder, where {@link RuleSets#fromFolder}
 * loads it as the same rules.
 */
final class BuiltInRuleFiles {
    private BuiltInRuleFiles() {}

    /**
     * Copies every file of the built-in rule folder into {@code target}, created if need be, keeping
     * the folder's layout; a file of the same name is overwritten.
     *
     * @return the files written, in name order
     */
    static List<Path> exportTo(Path target) {
        URL folder = RuleSets.class.getClassLoader().getResource(RuleSets.BUILT_IN_FOLDER);
        if (folder == null) {
            throw new PolicyRulesException(List.of(new RuleProblem(
                    RuleSets.BUILT_IN_FOLDER,
                    0,
                    "is not on the classpath: add org.conductpolicy:policy-rules as a dependency")));
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return copy(Path.of(uri), target);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copy(jar.provider().getPath(uri), target);
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // Opened by someone else, who closes it: read from it and leave it open.
                return copy(FileSystems.getFileSystem(uri).provider().getPath(uri), target);
            }
        } catch (IOException | URISyntaxException unreadable) {
            throw new PolicyRulesException(
                    List.of(new RuleProblem(target.toString(), 0, "cannot be written: " + unreadable.getMessage())));
        }
    }

    private static List<Path> copy(Path source, Path target) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(target);
        try (Stream<Path> walk = Files.walk(source)) {
            // Only the rule set's own files: in a jar that also holds classes under the same folder, those stay.
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> RuleSets.isRuleSetFile(relativeName(source, file)))
                    .sorted()
                    .toList();
            for (Path file : files) {
                Path copy = target;
                for (Path part : source.relativize(file)) {
                    copy = copy.resolve(part.toString());
                }
                Files.createDirectories(copy.getParent());
                Files.write(copy, Files.readAllBytes(file));
                written.add(copy);
            }
        }
        return written;
    }

    private static String relativeName(Path source, Path file) {
        List<String> parts = new ArrayList<>();
        source.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
