package org.conductpolicy.letters;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyException;

/**
 * The letter templates: the built-in ones of this jar, each replaced by the file of the same name in a
 * folder an officer edits, when there is one. Rendering is strict: a name a template uses that the letter
 * does not define is an error naming the file, never a blank, and values are written as they are (no
 * HTML escaping: letters are Markdown or plain text).
 */
final class Templates {
    /** Where the built-in templates are, on the classpath. */
    static final String BUILT_IN = "org/conductpolicy/letters/";

    /** The templates a letter is written from, without their format and ending: a letter's, or a part's. */
    static final List<String> NAMES = List.of("warn", "ban", "ban-for-life", "redress", "record");

    private static final String ENDING = ".mustache";

    private final Path folder;

    private Templates(Path folder) {
        this.folder = folder;
    }

    static Templates builtIn() {
        return new Templates(null);
    }

    /**
     * The templates of {@code folder}, the built-in ones for each file it does not hold.
     *
     * @throws PolicyException when it is not a folder, or holds a template file of no known name
     */
    static Templates inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PolicyException("template folder " + folder + " is not a folder");
        }
        Set<String> known = Stream.of(LetterFormat.values())
                .flatMap(format -> NAMES.stream().map(name -> fileName(name, format)))
                .collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> unknown = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(ENDING) && !known.contains(name))
                    .sorted()
                    .toList();
            if (!unknown.isEmpty()) {
                throw new PolicyException("template folder " + folder + " holds " + unknown
                        + ", which no letter uses: a template is one of " + known);
            }
        } catch (IOException unreadable) {
            throw new PolicyException("template folder " + folder + " cannot be read: " + unreadable.getMessage());
        }
        return new Templates(folder);
    }

    /** The file name of a template in a format, such as {@code warn.md.mustache}. */
    static String fileName(String name, LetterFormat format) {
        return name + "." + format.extension() + ENDING;
    }

    /** Where a template comes from, as an officer would name it: the folder's file, or the built-in one. */
    String origin(String fileName) {
        Path edited = folder == null ? null : folder.resolve(fileName);
        return edited != null && Files.isRegularFile(edited) ? edited.toString() : "built-in " + BUILT_IN + fileName;
    }

    /**
     * The template {@code name} in {@code letterFormat} rendered with {@code values}.
     *
     * @throws PolicyException naming the template's file when it does not parse or uses an unknown name
     */
    String render(String name, LetterFormat letterFormat, Map<String, Object> values) {
        String fileName = fileName(name, letterFormat);
        String format = "." + letterFormat.extension();
        try {
            // A factory for each letter: it caches what it compiled, a template that failed included.
            Mustache template = new StrictFactory(included -> reader(included, format)).compile(fileName);
            StringWriter text = new StringWriter();
            template.execute(text, values);
            // A comment or blank lines before the first words of a letter are not part of it.
            return text.toString().replaceFirst("\\A\\s*\\R", "");
        } catch (MustacheException broken) {
            throw new PolicyException(
                    where(fileName, format, broken) + ": " + innermost(broken).getMessage(), broken);
        } catch (UncheckedIOException unreadable) {
            throw new PolicyException(
                    "letter template " + origin(fileName) + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * The file and line a template error is at, as an officer would find it: the part included when the
     * error is in one ({@code redress.md.mustache}), else the template asked for.
     */
    private String where(String fileName, String format, MustacheException broken) {
        TemplateContext at = null;
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof MustacheException problem && problem.getContext() != null) {
                at = problem.getContext();
            }
        }
        if (at == null || at.file() == null) {
            return "letter template " + origin(fileName);
        }
        return "letter template " + origin(inFormat(at.file(), format)) + ", line " + at.line();
    }

    /** The first cause of a template error, which says what is wrong without the engine's wrapping. */
    private static Throwable innermost(Throwable broken) {
        Throwable cause = broken;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The file name of a template named as mustache.java names it, such as {@code redress.mustache}. */
    private static String inFormat(String name, String format) {
        String base = name.endsWith(ENDING) ? name.substring(0, name.length() - ENDING.length()) : name;
        return (base.contains(".") ? base : base + format) + ENDING;
    }

    /**
     * The text of a template. A part is included by its name alone ({@code {{> redress}}}), and is the file
     * of that name in the format ({@code .md}) of the letter that includes it.
     */
    private Reader reader(String name, String format) {
        String fileName = inFormat(name, format);
        try {
            Path edited = folder == null ? null : folder.resolve(fileName);
            if (edited != null && Files.isRegularFile(edited)) {
                return Files.newBufferedReader(edited, StandardCharsets.UTF_8);
            }
            InputStream builtIn = Templates.class.getClassLoader().getResourceAsStream(BUILT_IN + fileName);
            if (builtIn == null) {
                throw new MustacheException("there is no template " + fileName);
            }
            return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A factory that writes values unescaped and refuses a name no value has. */
    private static final class StrictFactory extends DefaultMustacheFactory {
        StrictFactory(MustacheResolver resolver) {
            super(resolver);
            setObjectHandler(new StrictObjectHandler());
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    /** Finds values as mustache.java does, but a name found nowhere is an error rather than a blank. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new MustacheException(
                    "'" + name + "' is not a name a letter defines (policy-rules/docs/officers-guide.md lists them)");
        }
    }
}
