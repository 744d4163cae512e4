package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host on the module path: a module that requires {@code org.conductpolicy.core} (policy-core's
 * module-info) and {@code org.conductpolicy.rules} (this jar, an automatic module) decides a case in a
 * child JVM with nothing on its classpath, and cannot reach the engine's internals. The module path is
 * what a host deciding with the built-in rules gets: this module's runtime dependencies (the build writes
 * them to a file, policy-rules' pom) and the rules, packed as the build packs them.
 */
class ModulePathHostTest {
    private static final Path RUNTIME_PATH = Path.of(System.getProperty("conductpolicy.hostRuntimePath", ""));
    private static final Path RULES_CLASSES = Path.of(System.getProperty("conductpolicy.rulesClasses", ""));
    private static final String RULES_MODULE = System.getProperty("conductpolicy.rulesModule");

    private static final String HOST_MODULE = """
            module org.example.host {
                requires org.conductpolicy.core;
                requires org.conductpolicy.rules;
            }
            """;

    private static final String HOST = """
            package org.example.host;

            import java.time.LocalDate;
            import java.util.List;
            import org.conductpolicy.api.PolicyEngine;
            import org.conductpolicy.api.fact.Incident;
            import org.conductpolicy.api.fact.Owner;
            import org.conductpolicy.api.fact.Person;
            import org.conductpolicy.api.fact.Platform;
            import org.conductpolicy.api.fact.PlatformKind;
            import org.conductpolicy.api.fact.Standing;

            public final class Host {
                public static void main(String[] args) {
                    System.out.println(PolicyEngine.class.getModule());
                    PolicyEngine.withDefaultRules()
                            .decide(LocalDate.of(2025, 6, 2), List.of(
                                    new Person("member-17", Standing.MEMBER),
                                    new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                                    Incident.consulted("i1", "member-17", "clp-page", LocalDate.of(2025, 6, 1), "trolling")))
                            .actions()
                            .forEach(action -> System.out.println(action.type().wireName() + " " + action.clauses()));
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aHostOnTheModulePathRequiresTheCoreAndTheRulesAndDecidesACase() throws Exception {
        // given a host module that requires the two modules, compiled against the module path
        String modulePath = modulePath();
        Path classes = compile(modulePath, HOST);

        // when it runs on the module path alone
        List<String> output = run(modulePath + File.pathSeparator + classes, "org.example.host/org.example.host.Host");

        // then policy-core is a named module there, and the engine warns the member once consulted // ESC-1
        assertThat(output).contains("module org.conductpolicy.core");
        assertThat(output)
                .anySatisfy(line -> assertThat(line).startsWith("warn [").contains("ESC-1"));
    }

    @Test
    void aHostOnTheModulePathCannotReachTheEnginesInternals() throws Exception {
        // given a host that uses the bridge behind PolicyEngine's factory methods
        String internal = """
                package org.example.host;

                public final class Host {
                    public static void main(String[] args) {
                        org.conductpolicy.internal.EngineFactory.class.getName();
                    }
                }
                """;

        // when it is compiled against the module path
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac(modulePath(), internal, errors);

        // then the internal package is not exported
        assertThat(exit).isNotZero();
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("package org.conductpolicy.internal is not visible");
    }

    /** This module's runtime dependencies (policy-core among them) and the rules as a jar of their own. */
    private String modulePath() throws IOException {
        List<String> entries =
                new ArrayList<>(List.of(Files.readString(RUNTIME_PATH).strip().split(File.pathSeparator)));
        entries.add(rulesJar().toString());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The rules' classes folder as the jar the build makes of it: a folder on the module path would be an
     * automatic module named after the folder, and the jar's manifest names it ({@code RULES_MODULE}).
     */
    private Path rulesJar() throws IOException {
        Path jar = work.resolve("policy-rules.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", RULES_MODULE);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(RULES_CLASSES)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(RULES_CLASSES.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path compile(String modulePath, String host) throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac(modulePath, host, errors))
                .as(errors.toString(StandardCharsets.UTF_8))
                .isZero();
        return work.resolve("classes").resolve("org.example.host");
    }

    private int javac(String modulePath, String host, OutputStream errors) throws IOException {
        Path sources = work.resolve("sources").resolve("org.example.host");
        Files.createDirectories(sources.resolve("org/example/host"));
        Files.writeString(sources.resolve("module-info.java"), HOST_MODULE);
        Files.writeString(sources.resolve("org/example/host/Host.java"), host);
        return ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        errors,
                        errors,
                        "-d",
                        work.resolve("classes").toString(),
                        "--module-path",
                        modulePath,
                        "--module-source-path",
                        sources.getParent().toString(),
                        "--module",
                        "org.example.host");
    }

    private List<String> run(String modulePath, String main) throws IOException, InterruptedException {
        Path errors = work.resolve("errors.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        modulePath,
                        "-m",
                        main)
                .redirectError(errors.toFile())
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(errors)).isZero();
        return List.of(new String(output, StandardCharsets.UTF_8).split("\\R"));
    }
}
