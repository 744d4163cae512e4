package org.conductpolicy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
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
    /** The KieBase that {@code policy-rules}'s kmodule.xml names. */
    static final String BUILT_IN_KIE_BASE = "conduct-policy";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);
    private static final String KFS_PREFIX = "src/main/resources/";
    private static final AtomicInteger FOLDERS_LOADED = new AtomicInteger();
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private RuleSets() {}

    /** The engine of the rules that {@code policy-rules} puts on the classpath. */
    static PolicyEngine builtIn() {
        ClassLoader loader = RuleSets.class.getClassLoader();
        String parameters = resource(loader, BUILT_IN_FOLDER + ParametersFile.NAME);
        ClauseCatalogue catalogue = builtInCatalogue(loader);
        ConductTable conduct = builtInConductTable(loader, catalogue.texts().keySet());
        KieContainer container = KieServices.get().newKieClasspathContainer(loader);
        RuleSources sources = RuleSources.onClasspath(loader, BUILT_IN_FOLDER);
        List<RuleProblem> problems = new ArrayList<>();
        container
                .verify(BUILT_IN_KIE_BASE)
                .getMessages(Message.Level.ERROR)
                .forEach(message ->
                        problems.add(sources.problem(message.getPath(), message.getLine(), message.getText())));
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        KieBase kieBase = container.getKieBase(BUILT_IN_KIE_BASE);
        return engine(
                sources,
                new RuleSet(
                        "the built-in rules",
                        kieBase,
                        ParametersFile.parse(BUILT_IN_FOLDER + ParametersFile.NAME, parameters),
                        catalogue,
                        conduct));
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
        KieBase kieBase = compile(folder, readParsable(ruleFiles), byResource);
        Path parameters = folder.resolve(ParametersFile.NAME);
        ClauseCatalogue catalogue = folderCatalogue(folder);
        return engine(
                RuleSources.ofFolder(byResource, folder.toString()),
                new RuleSet(
                        folder.toString(),
                        kieBase,
                        ParametersFile.parse(parameters.toString(), requiredFile(parameters)),
                        catalogue,
                        folderConductTable(folder, catalogue.texts().keySet())));
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

    /** Each rule file's text, once every one of them parses. */
    private static Map<Path, String> readParsable(List<Path> ruleFiles) {
        Map<Path, String> texts = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Path ruleFile : ruleFiles) {
            String text = read(ruleFile);
            texts.put(ruleFile, text);
            problems.addAll(DrlSyntax.problems(ruleFile, text));
        }
        if (!problems.isEmpty()) {
            throw new PolicyRulesException(problems);
        }
        return texts;
    }

    /**
     * Compiles the rule files together.
     *
     * @param byResource filled with each file, by the name Drools is given it under
     */
    private static KieBase compile(Path folder, Map<Path, String> texts, Map<String, RuleSources.Source> byResource) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId =
                services.newReleaseId("org.conductpolicy.folder", "rules-" + FOLDERS_LOADED.incrementAndGet(), "1.0");
        files.generateAndWritePomXML(releaseId);
        texts.forEach((ruleFile, text) -> {
            // Drools expects a file's folder to match its package; the officer's folder need not.
            String resource = packageFolder(text) + byResource.size() + "-" + ruleFile.getFileName();
            byResource.put(resource, new RuleSources.Source(ruleFile.toString(), text));
            files.write(KFS_PREFIX + resource, text);
        });
        RuleSources sources = RuleSources.ofFolder(byResource, folder.toString());
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(files).buildAll();
        } catch (RuntimeException internalError) {
            throw new PolicyRulesException(List.of(new RuleProblem(
                    folder.toString(), 0, "the rules could not be compiled together: " + internalError.getMessage())));
        }
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

    private static PolicyEngine engine(RuleSources sources, RuleSet ruleSet) {
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
            return Files.readString(file, StandardCharsets.UTF_8);
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
