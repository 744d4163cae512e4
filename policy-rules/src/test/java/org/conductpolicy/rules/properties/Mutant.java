package org.conductpolicy.rules.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;

/**
 * A deliberately broken copy of the built-in rules: one edit (every occurrence of a text replaced by
 * another) to one file of the rule folder. A mutant file reads:
 *
 * <pre>
 * description: a warning's window runs 13 months (INT-1 broken)
 * file: ladder-state.drl
 * find:
 * $warning.on().plusMonths($months)
 * replace:
 * $warning.on().plusMonths($months + 1)
 * </pre>
 *
 * <p>The find and replace texts run over as many lines as they need.
 *
 * @param name the mutant file's name without {@code .mutant}
 * @param description what the mutant breaks, in one line
 * @param file the rule folder's file it edits
 * @param find the text to replace, which must occur in the file
 * @param replace what replaces it
 */
record Mutant(String name, String description, String file, String find, String replace) {

    /** Every mutant under the test resources' {@code mutants} folder, by name. */
    static List<Mutant> all() {
        try (Stream<Path> files = Files.list(resource("mutants"))) {
            return files.filter(path -> path.toString().endsWith(".mutant"))
                    .sorted()
                    .map(Mutant::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Mutant read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int find = lines.indexOf("find:");
        int replace = lines.indexOf("replace:");
        if (find < 0 || replace < find) {
            throw new IllegalArgumentException(path + ": needs a 'find:' line, then a 'replace:' line");
        }
        return new Mutant(
                path.getFileName().toString().replace(".mutant", ""),
                value(lines.subList(0, find), "description", path),
                value(lines.subList(0, find), "file", path),
                String.join("\n", lines.subList(find + 1, replace)),
                String.join("\n", lines.subList(replace + 1, lines.size())));
    }

    private static String value(List<String> header, String key, Path path) {
        return header.stream()
                .filter(line -> line.startsWith(key + ":"))
                .map(line -> line.substring(key.length() + 1).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(path + ": needs a '" + key + ":' line"));
    }

    /**
     * Copies the built-in rule folder into {@code copy}, applies the edit and loads the result.
     *
     * @throws AssertionError when the text to find no longer occurs: the mutant is stale
     */
    PolicyEngine load(Path copy) throws IOException {
        try (Stream<Path> files = Files.list(
                resource("org/conductpolicy/rules/parameters.properties").getParent())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path edited = copy.resolve(file);
        String text = Files.exists(edited) ? Files.readString(edited) : "";
        if (!text.contains(find)) {
            throw new AssertionError("mutant " + name + " is stale: " + file + " no longer contains\n" + find);
        }
        Files.writeString(edited, text.replace(find, replace));
        return PolicyEngine.fromRuleFolder(copy);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Mutant.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
