package org.conductpolicy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conductpolicy.api.PolicyRule;
import org.conductpolicy.api.RuleProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * The rule files of a rule set as an officer knows them, so that a problem Drools reports against its
 * own name for a file, often without a line, is reported against the officer's file and a line in it.
 */
final class RuleSources {
    /** A rule file: the name an officer knows it by, and its text. */
    record Source(String name, String text) {}

    private static final Pattern QUOTED_EXPRESSION =
            Pattern.compile("Unable to Analyse Expression (.+?):|\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");

    /** The word that starts a rule. */
    private static final String RULE = "rule";

    private static final Pattern NAMED_RULE = Pattern.compile("[Rr]ule name='([^']+)'|[Rr]ule \"([^\"]+)\"");

    private final Function<String, Optional<Source>> byDroolsPath;
    private final String fallbackName;
    private final Collection<Source> ruleFiles;
    private final Map<Source, Map<String, Integer>> startsByFile = new ConcurrentHashMap<>();

    private RuleSources(
            Function<String, Optional<Source>> byDroolsPath, String fallbackName, Collection<Source> ruleFiles) {
        this.byDroolsPath = byDroolsPath;
        this.fallbackName = fallbackName;
        this.ruleFiles = ruleFiles;
    }

    /**
     * The rule files of a folder.
     *
     * @param byDroolsPath each file, by the path it was given to Drools under
     * @param folder the folder, named for a problem that no one file holds
     */
    static RuleSources ofFolder(Map<String, Source> byDroolsPath, String folder) {
        return new RuleSources(path -> Optional.ofNullable(byDroolsPath.get(path)), folder, byDroolsPath.values());
    }

    /**
     * The built-in rule files, named by their resource names in {@code folder} on the classpath.
     *
     * @param ruleFiles the built-in rule files: a precompiled rule names no file, it is found in them by name
     */
    static RuleSources onClasspath(ClassLoader loader, String folder, Collection<Source> ruleFiles) {
        return new RuleSources(
                path -> resourceName(path, folder).map(name -> new Source(name, read(loader, name))),
                folder,
                ruleFiles);
    }

    /** A problem Drools reported in a file, at a line if it knew one (0 or less when not). */
    RuleProblem problem(String droolsPath, int line, String message) {
        Optional<Source> source = droolsPath == null ? Optional.empty() : byDroolsPath.apply(droolsPath);
        if (source.isEmpty()) {
            return new RuleProblem(fallbackName, Math.max(line, 0), message);
        }
        int known = line > 0 ? line : lineOfQuotedExpression(source.get().text(), message);
        if (known == 0) {
            known = lineOfNamedRule(source.get().text(), message);
        }
        return new RuleProblem(source.get().name(), known, message);
    }

    /** A problem with a rule as a whole, placed at the line that starts it. */
    RuleProblem problemInRule(Rule rule, String message) {
        PolicyRule place = place(rule, List.of());
        return new RuleProblem(place.file(), place.line(), message);
    }

    /** A rule, placed at the line that starts it in its file (its package when the file is not known). */
    PolicyRule place(Rule rule, List<String> clauses) {
        String name = rule.getName();
        Optional<Source> source = rule instanceof RuleImpl impl && impl.getResource() != null
                ? byDroolsPath.apply(impl.getResource().getSourcePath())
                : Optional.empty();
        source = source.or(() -> ruleFiles.stream()
                .filter(file -> starts(file).containsKey(name))
                .findFirst());
        return source.map(file -> new PolicyRule(name, file.name(), starts(file).getOrDefault(name, 0), clauses))
                .orElseGet(() -> new PolicyRule(name, rule.getPackageName(), 0, clauses));
    }

    /**
     * The line each rule of a file starts on, by the rule's name, found once for each file: placing every
     * rule of a rule set by searching the files for it, one rule at a time, was nearly a third of a short
     * command-line run.
     */
    private Map<String, Integer> starts(Source file) {
        return startsByFile.computeIfAbsent(file, any -> ruleStarts(file.text()));
    }

    /** The line on which each {@code rule "NAME"} of {@code text} starts, counting from 1, by name. */
    private static Map<String, Integer> ruleStarts(String text) {
        // Line by line rather than with a pattern: this runs at every engine's start, before the JIT has
        // compiled anything, where a pattern over every file's text cost tens of milliseconds.
        Map<String, Integer> starts = new HashMap<>();
        int line = 1;
        for (int at = 0; at < text.length(); line++) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String name = ruleNamedOn(text, at, end);
            if (name != null) {
                starts.putIfAbsent(name, line);
            }
            at = end + 1;
        }
        return starts;
    }

    /**
     * The name of the rule that the line from {@code start} to {@code end} starts ({@code rule}, then its name
     * in double or single quotes or bare), or null when the line starts none.
     */
    private static String ruleNamedOn(String text, int start, int end) {
        int at = skipSpaces(text, start, end);
        if (!text.startsWith(RULE, at)
                || at + RULE.length() >= end
                || !Character.isWhitespace(text.charAt(at + RULE.length()))) {
            return null;
        }
        at = skipSpaces(text, at + RULE.length(), end);
        if (at == end) {
            return null;
        }
        char first = text.charAt(at);
        if (first == '"' || first == '\'') {
            int closing = text.indexOf(first, at + 1);
            return closing < 0 || closing >= end ? null : text.substring(at + 1, closing);
        }
        int after = at;
        while (after < end && !Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return text.substring(at, after);
    }

    private static int skipSpaces(String text, int at, int end) {
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Drools names no line and quotes no expression for some errors (a method it cannot resolve in a
     * rule's consequence), but names the rule: place them at the line that starts it.
     */
    private static int lineOfNamedRule(String text, String message) {
        Matcher named = NAMED_RULE.matcher(message);
        return named.find()
                ? ruleStarts(text).getOrDefault(named.group(1) != null ? named.group(1) : named.group(2), 0)
                : 0;
    }

    /** Drools names no line for some errors, but quotes the expression at fault: find it. */
    private static int lineOfQuotedExpression(String text, String message) {
        Matcher quoted = QUOTED_EXPRESSION.matcher(message);
        while (quoted.find()) {
            String expression = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            int at = text.indexOf(expression.strip());
            if (at >= 0) {
                return lineAt(text, at);
            }
        }
        return 0;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The built-in file's resource name, such as {@code org/conductpolicy/rules/ladder.drl}. */
    private static Optional<String> resourceName(String droolsPath, String folder) {
        String path = droolsPath.replace('\\', '/');
        int at = path.lastIndexOf(folder);
        return at < 0 ? Optional.empty() : Optional.of(path.substring(at));
    }

    /** A built-in file's text; empty when it cannot be read, which leaves only Drools' own line. */
    private static String read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
