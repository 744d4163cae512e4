package org.conductpolicy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleCheck;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads rule sets, from the classpath or from a folder, into engines. */
final class RuleSets {
    /** Where {@code policy-rules} keeps its rule files, parameters, clause catalogue and conduct table. */
    static final String BUILT_IN_FOLDER = "org/conductpolicy/rules/";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);
    private static final String KFS_PREFIX = "src/main/resources/";
    private static final AtomicInteger FOLDERS_LOADED = new AtomicInteger();
    private static final Set<String> SETTINGS_FILES =
            Set.of(ParametersFile.NAME, ClauseCatalogue.NAME, ConductFile.NAME);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private RuleSets() {}

    /** The engine of the rules that {@code policy-rules} puts on the classpath. */
    static PolicyEngine builtIn() {
        ClassLoader loader = RuleSets.class.getClassLoader();
        String parameters = resource(loader, BUILT_IN_FOLDER + ParametersFile.NAME);
        ClauseCatalogue catalogue = builtInCatalogue(loader);
        ConductTable conduct = builtInConductTable(loader, catalogue.texts().keySet());
        Map<String, String> files = BuiltInRuleFiles.texts();
        RuleSources sources = RuleSources.onClasspath(loader, BUILT_IN_FOLDER, builtInRuleFiles(files));
        // policy-rules is built to the executable model, and its build compiled and checked the rules: compiling
        // them again here would need the DRL compiler at start-up (checkBuiltIn does, for `policy check`).
        KieBase kieBase = PrecompiledRules.kieBase(loader);
        return engine(
                sources,
                new RuleSet(
                        "the built-in rules",
                        RulesVersion.of(files),
                        kieBase,
                        ParametersFile.parse(BUILT_IN_FOLDER + ParametersFile.NAME, parameters),
                        catalogue,
                        conduct));
    }

    /**
     * Checks the built-in rules as {@link #check} checks a folder: their precompiled build passed, but Drools'
     * warnings and the rest are only known by compiling their DRL again (with the DRL compiler).
     */
    static RuleCheck checkBuiltIn() {
        ClassLoader loader = RuleSets.class.getClassLoader();
        List<RuleProblem> problems = new ArrayList<>();
        Optional<ClauseCatalogue> catalogue = attempt(() -> builtInCatalogue(loader), problems);
        Optional<ConductTable> conduct = catalogue.flatMap(clauses ->
                attempt(() -> builtInConductTable(loader, clauses.texts().keySet()), problems));
        String parameters = BUILT_IN_FOLDER + ParametersFile.NAME;
        attempt(() -> ParametersFile.parse(parameters, resource(loader, parameters)), problems);
        Optional<Map<String, String>> files = attempt(BuiltInRuleFiles::texts, problems);
        if (files.isEmpty()) {
            return checked(0, "", problems);
        }
        List<RuleSources.Source> ruleFiles = builtInRuleFiles(files.get());
        Map<String, RuleSources.Source> byResource = new LinkedHashMap<>();
        Optional<KieBase> kieBase = attempt(() -> compile(BUILT_IN_FOLDER, ruleFiles, byResource, problems), problems);
        RuleSources sources = RuleSources.ofFolder(byResource, BUILT_IN_FOLDER);
        int rules = kieBase.map(compiled -> ruleCount(compiled, catalogue, sources, problems))
                .orElse(0);
        problems.addAll(ConfinedRules.of(ruleFiles));
        problems.addAll(SilentMistakes.of(ruleFiles, loader, conduct));
        return checked(rules, RulesVersion.of(files.get()), problems);
    }

    /**
     * Checks the rule folder without deciding a case: everything {@link #fromFolder} refuses, in every file
     * rather than only the first at fault, what Drools warns of, and the {@link SilentMistakes}.
     */
    static RuleCheck check(Path folder) {
        return checked(folder).check();
    }

    /**
     * What {@link #check} finds in a folder and, when it finds nothing, the engine of the rules it compiled
     * while checking them, built only when asked for (so a check alone builds no engine).
     */
    record Checked(RuleCheck check, Optional<Supplier<DroolsPolicyEngine>> engine) {
        private static Checked refused(RuleCheck check) {
            return new Checked(check, Optional.empty());
        }
    }

    /** Checks a folder as {@link #check} does, keeping what it compiled for an engine when the check is clean. */
    static Checked checked(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Checked.refused(checked(0, "", List.of(new RuleProblem(folder.toString(), 0, "is not a folder"))));
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<Path> ruleFiles = attempt(() -> ruleFiles(folder), problems).orElse(List.of());
        if (ruleFiles.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem(folder.toString(), 0, "holds no .drl files"));
        }
        Optional<ClauseCatalogue> catalogue = attempt(() -> folderCatalogue(folder), problems);
        Optional<ConductTable> conduct = catalogue.flatMap(clauses ->
                attempt(() -> folderConductTable(folder, clauses.texts().keySet()), problems));
        Path parameters = folder.resolve(ParametersFile.NAME);
        Optional<PolicyParameters> numbers =
                attempt(() -> ParametersFile.parse(parameters.toString(), requiredFile(parameters)), problems);
        Optional<Map<Path, String>> texts =
                ruleFiles.isEmpty() ? Optional.empty() : attempt(() -> readParsable(ruleFiles), problems);
        if (texts.isEmpty()) {
            return Checked.refused(checked(0, "", problems));
        }
        Map<String, RuleSources.Source> byResource = new LinkedHashMap<>();
        Optional<KieBase> kieBase =
                attempt(() -> compile(folder.toString(), sources(texts.get()), byResource, problems), problems);
        RuleSources sources = RuleSources.ofFolder(byResource, folder.toString());
        int rules = kieBase.map(compiled -> ruleCount(compiled, catalogue, sources, problems))
                .orElse(0);
        problems.addAll(SilentMistakes.of(List.copyOf(byResource.values()), RuleSets.class.getClassLoader(), conduct));
        String version = attempt(() -> RulesVersion.of(folderFiles(folder, texts.get())), new ArrayList<>())
                .orElse("");
        RuleCheck check = checked(rules, version, problems);
        if (!check.isClean()) {
            return Checked.refused(check);
        }
        return new Checked(
                check,
                Optional.of(() -> engine(
                        sources,
                        new RuleSet(
                                folder.toString(),
                                version,
                                kieBase.orElseThrow(),
                                numbers.orElseThrow(),
                                catalogue.orElseThrow(),
                                conduct.orElseThrow()))));
    }

    /**
     * The version the rules in a folder would carry ({@link RulesVersion}), read without compiling them; empty
     * when the folder's files cannot all be read.
     */
    static Optional<String> versionOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return attempt(
                () -> {
                    Map<Path, String> texts = new LinkedHashMap<>();
                    ruleFiles(folder).forEach(file -> texts.put(file, read(file)));
                    return RulesVersion.of(folderFiles(folder, texts));
                },
                new ArrayList<>());
    }

    /** How many rules a compiled rule set has, adding a problem for each that cites no clause or an unknown one. */
    private static int ruleCount(
            KieBase kieBase, Optional<ClauseCatalogue> catalogue, RuleSources sources, List<RuleProblem> problems) {
        return catalogue
                .flatMap(clauses -> attempt(() -> RuleCitations.of(kieBase, clauses, sources), problems))
                .map(RuleCitations::ruleCount)
                .orElse(0);
    }

    /** The check's result, its problems in file and line order. */
    private static RuleCheck checked(int rules, String version, List<RuleProblem> problems) {
        List<RuleProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new RuleCheck(rules, version, sorted);
    }

    /** What {@code step} gives, or empty with its problems added to {@code problems} when it refuses. */
    private static <T> Optional<T> attempt(Supplier<T> step, List<RuleProblem> problems) {
        try {
            return Optional.of(step.get());
        } catch (PolicyRulesException refused) {
            problems.addAll(refused.problems());
            return Optional.empty();
        }
    }

    /** The built-in rule files, named by their resource names. */
    private static List<RuleSources.Source> builtInRuleFiles(Map<String, String> files) {
        return files.entrySet().stream()
                .filter(file -> file.getKey().endsWith(".drl"))
                .map(file -> new RuleSources.Source(BUILT_IN_FOLDER + file.getKey(), file.getValue()))
                .toList();
    }

    /**
     * Whether a file, named by its path in a rule folder ({@code /} between folders), is one of the rule
     * set's: its version digests it, and an export writes it.
     */
    static boolean isRuleSetFile(String path) {
        return path.endsWith(".drl") || SETTINGS_FILES.contains(path);
    }

    /** The conduct table of the rules that {@code policy-rules} puts on the classpath, read without compiling them. */
    static ConductTable builtInConductTable() {
        ClassLoader loader = RuleSets.class.getClassLoader();
        return builtInConductTable(loader, builtInCatalogue(loader).texts().keySet());
    }

    private static ClauseCatalogue builtInCatalogue(ClassLoader loader) {
        String name = BUILT_IN_FOLDER + ClauseCatalogue.NAME;
        return ClauseCatalogue.parse(name, resource(loader, name));
    }

    private static ConductTable builtInConductTable(ClassLoader loader, Set<String> catalogue) {
        String name = BUILT_IN_FOLDER + ConductFile.NAME;
        return ConductFile.parse(name, resource(loader, name), catalogue);
    }

    /** The engine of the rule files, parameters, clause catalogue and conduct table in {@code folder}. */
    static PolicyEngine fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PolicyRulesException(List.of(new RuleProblem(folder.toString(), 0, "is not a folder")));
        }
        List<Path> ruleFiles = ruleFiles(folder);
        if (ruleFiles.isEmpty()) {
            throw new PolicyRulesException(List.of(new RuleProblem(folder.toString(), 0, "holds no .drl files")));
        }
        Map<String, RuleSources.Source> byResource = new LinkedHashMap<>();
        Map<Path, String> texts = readParsable(ruleFiles);
        KieBase kieBase = compile(folder.toString(), sources(texts), byResource, new ArrayList<>());
        Path parameters = folder.resolve(ParametersFile.NAME);
        ClauseCatalogue catalogue = folderCatalogue(folder);
        return engine(
                RuleSources.ofFolder(byResource, folder.toString()),
                new RuleSet(
                        folder.toString(),
                        RulesVersion.of(folderFiles(folder, texts)),
                        kieBase,
                        ParametersFile.parse(parameters.toString(), requiredFile(parameters)),
                        catalogue,
                        folderConductTable(folder, catalogue.texts().keySet())));
    }

    /** The texts of a folder's rule files and of its three {@code .properties} files, by their paths in it. */
    private static Map<String, String> folderFiles(Path folder, Map<Path, String> ruleTexts) {
        Map<String, String> texts = new TreeMap<>();
        ruleTexts.forEach((file, text) -> texts.put(inFolder(folder, file), text));
        SETTINGS_FILES.forEach(name -> texts.put(name, requiredFile(folder.resolve(name))));
        return texts;
    }

    /** A file's path in its rule folder, with {@code /} between folders on any machine. */
    private static String inFolder(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** The conduct table of the rule folder, read (with its clause catalogue) without compiling its rules. */
    static ConductTable conductTableIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PolicyRulesException(List.of(new RuleProblem(folder.toString(), 0, "is not a folder")));
        }
        return folderConductTable(folder, folderCatalogue(folder).texts().keySet());
    }

    private static ClauseCatalogue folderCatalogue(Path folder) {
        Path clauses = folder.resolve(ClauseCatalogue.NAME);
        return ClauseCatalogue.parse(clauses.toString(), requiredFile(clauses));
    }

    private static ConductTable folderConductTable(Path folder, Set<String> catalogue) {
        Path conduct = folder.resolve(ConductFile.NAME);
        return ConductFile.parse(conduct.toString(), requiredFile(conduct), catalogue);
    }

    /** Each rule file's text, once every one of them parses and keeps to the rules' vocabulary. */
    private static Map<Path, String> readParsable(List<Path> ruleFiles) {
        Map<Path, String> texts = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Path ruleFile : ruleFiles) {
            String text = read(ruleFile);
            texts.put(ruleFile, text);
            problems.addAll(DrlSyntax.problems(ruleFile.toString(), text));
        }
        problems.addAll(ConfinedRules.of(texts.entrySet().stream()
                .map(file -> new RuleSources.Source(file.getKey().toString(), file.getValue()))
                .toList()));
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        return texts;
    }

    /** Each rule file's text, named by its path. */
    private static List<RuleSources.Source> sources(Map<Path, String> texts) {
        return texts.entrySet().stream()
                .map(file -> new RuleSources.Source(file.getKey().toString(), file.getValue()))
                .toList();
    }

    /**
     * Compiles the rule files together, with the DRL compiler: a rule folder and {@code policy check} need it,
     * the precompiled built-in rules do not.
     *
     * @param origin the folder the files are in, named for a problem that no one file holds
     * @param byResource filled with each file, by the name Drools is given it under
     * @param warnings filled with what Drools warns of: loading does not refuse a rule set for a warning,
     *     {@code policy check} reports them
     */
    private static KieBase compile(
            String origin,
            List<RuleSources.Source> ruleFiles,
            Map<String, RuleSources.Source> byResource,
            List<RuleProblem> warnings) {
        DrlCompiler.require();
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId =
                services.newReleaseId("org.conductpolicy.folder", "rules-" + FOLDERS_LOADED.incrementAndGet(), "1.0");
        files.generateAndWritePomXML(releaseId);
        ruleFiles.forEach(ruleFile -> {
            // Drools expects a file's folder to match its package; the officer's folder need not.
            String resource = packageFolder(ruleFile.text()) + byResource.size() + "-"
                    + Path.of(ruleFile.name()).getFileName();
            byResource.put(resource, ruleFile);
            files.write(KFS_PREFIX + resource, ruleFile.text());
        });
        RuleSources sources = RuleSources.ofFolder(byResource, origin);
        KieBuilder builder;
        try {
            // The classic DRL compile, even when a host has the executable model's code generator on its classpath.
            builder = services.newKieBuilder(files).buildAll(DrlProject.class);
        } catch (RuntimeException internalError) {
            throw new PolicyRulesException(List.of(new RuleProblem(
                    origin, 0, "the rules could not be compiled together: " + internalError.getMessage())));
        }
        builder.getResults()
                .getMessages(Message.Level.WARNING)
                .forEach(message -> warnings.add(sources.problem(
                        withoutPrefix(message.getPath()), message.getLine(), "warning: " + message.getText())));
        List<RuleProblem> problems = new ArrayList<>();
        builder.getResults()
                .getMessages(Message.Level.ERROR)
                .forEach(message -> problems.add(
                        sources.problem(withoutPrefix(message.getPath()), message.getLine(), message.getText())));
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        // The KieBase is all the engine keeps: leave nothing behind in Drools' global repository.
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static DroolsPolicyEngine engine(RuleSources sources, RuleSet ruleSet) {
        DroolsPolicyEngine engine = new DroolsPolicyEngine(ruleSet, sources);
        LOG.info("Loaded {} rules from {}", engine.ruleCount(), ruleSet.origin());
        return engine;
    }

    private static List<Path> ruleFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new PolicyRulesException(
                    List.of(new RuleProblem(folder.toString(), 0, "cannot be read: " + unreadable.getMessage())));
        }
    }

    private static String withoutPrefix(String path) {
        return path != null && path.startsWith(KFS_PREFIX) ? path.substring(KFS_PREFIX.length()) : path;
    }

    private static String packageFolder(String drl) {
        Matcher declaration = PACKAGE.matcher(drl);
        return declaration.find() ? declaration.group(1).replace('.', '/') + "/" : "";
    }

    private static String requiredFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PolicyRulesException(List.of(new RuleProblem(file.toString(), 0, "is missing")));
        }
        return read(file);
    }

    private static String read(Path file) {
        try {
            return Utf8Text.decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException unreadable) {
            throw new PolicyRulesException(
                    List.of(new RuleProblem(file.toString(), 0, "cannot be read: " + unreadable.getMessage())));
        }
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new PolicyRulesException(List.of(new RuleProblem(
                        name, 0, "is not on the classpath: add org.conductpolicy:policy-rules as a dependency")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
