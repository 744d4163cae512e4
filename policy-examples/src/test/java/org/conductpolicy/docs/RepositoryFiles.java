package org.conductpolicy.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of the repository that documents and comments point at: the links of its Markdown files,
 * and the file names that text such as a command's help or a Javadoc comment mentions. Every check
 * answers with the problems found, one readable line each, so that a test can show them all at once.
 */
final class RepositoryFiles {
    /** An inline link or image, {@code [text](target "title")}: the target is group 1. */
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    /** A link reference definition, {@code [name]: target}: the target is group 1. */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?");

    /** A code span, whose text is never a link. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");

    /** A run of the characters a repository path is written with. */
    private static final Pattern PATH_LIKE = Pattern.compile("[A-Za-z0-9_./-]+");

    /** An address with a scheme, which names no file of the repository. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S*");

    private final Path root;

    private RepositoryFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The repository whose root is {@code root}. */
    static RepositoryFiles at(Path root) {
        return new RepositoryFiles(root);
    }

    /**
     * The repository this test runs in: the nearest folder, from the working directory up, that holds
     * the parent pom (a {@code pom.xml} with modules) and a {@code README.md}.
     */
    static RepositoryFiles ofThisBuild() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("README.md")) && isParentPom(folder.resolve("pom.xml"))) {
                return new RepositoryFiles(folder);
            }
        }
        throw new IllegalStateException(
                "no repository root above " + Path.of("").toAbsolutePath());
    }

    private static boolean isParentPom(Path pom) {
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    Path root() {
        return root;
    }

    /** Every file under the root whose name ends with {@code ending}, leaving out build output. */
    List<Path> filesEndingWith(String ending) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(ending))
                    .filter(file -> !isBuildOutputOrHidden(root.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Files under {@code target/} folders, or under folders such as {@code .git}, are not the sources. */
    private static boolean isBuildOutputOrHidden(Path relative) {
        for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The relative links of a Markdown file that resolve to nothing in the repository, as {@code
     * file:line: target}. Links with a scheme ({@code https:}, {@code mailto:}) and links to a heading of
     * the same page ({@code #...}) are not checked; of a link with an anchor, the file part is. Code
     * blocks and code spans hold no links.
     */
    List<String> brokenLinksOf(Path markdown) {
        List<String> broken = new ArrayList<>();
        List<String> lines = read(markdown).lines().toList();
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
                continue;
            }
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            String text = CODE_SPAN.matcher(line).replaceAll("");
            List<String> targets = new ArrayList<>();
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            Matcher definition = REFERENCE_DEFINITION.matcher(text);
            if (definition.find()) {
                targets.add(definition.group(1));
            }
            for (String target : targets) {
                if (!linkResolves(markdown, target)) {
                    broken.add(root.relativize(markdown) + ":" + (i + 1) + ": " + target);
                }
            }
        }
        return broken;
    }

    private boolean linkResolves(Path markdown, String target) {
        if (target.isEmpty() || target.startsWith("#") || target.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return true;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        file = URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = file.startsWith("/")
                ? root.resolve(file.substring(1))
                : markdown.toAbsolutePath().getParent().resolve(file);
        return isInside(resolved) && Files.exists(resolved);
    }

    /**
     * The names in {@code text} of files of the repository that do not exist, such as a {@code .md}
     * document or a path through a {@code docs} folder. A name resolves from the repository's root or
     * from {@code base}, the folder of the file that mentions it.
     */
    List<String> missingFilesNamedIn(String text, Path base) {
        List<String> missing = new ArrayList<>();
        Matcher path = PATH_LIKE.matcher(ADDRESS.matcher(text).replaceAll(" "));
        while (path.find()) {
            String name = path.group().replaceAll("[./]+$", "");
            boolean namesAFile = name.matches(".*[A-Za-z0-9_-]\\.md") || name.matches("(.*/)?docs/.+");
            if (namesAFile && !exists(name, base)) {
                missing.add(name);
            }
        }
        return missing;
    }

    private boolean exists(String name, Path base) {
        Path fromRoot = root.resolve(name);
        Path fromBase = base.toAbsolutePath().resolve(name);
        return (isInside(fromRoot) && Files.exists(fromRoot)) || (isInside(fromBase) && Files.exists(fromBase));
    }

    private boolean isInside(Path path) {
        return path.toAbsolutePath().normalize().startsWith(root);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
