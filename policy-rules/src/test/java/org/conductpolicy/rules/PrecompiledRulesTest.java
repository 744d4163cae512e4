package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules are built to the executable model: the default engine compiles no DRL at start-up, so
 * a host that only decides needs no DRL compiler; compiling a rule folder is what needs it, and says so.
 */
class PrecompiledRulesTest {
    /** The jars of the DRL compiler, which policy-core depends on only optionally. */
    private static final List<String> COMPILER_JARS =
            List.of("drools-engine-classic", "drools-mvel", "mvel2", "drools-wiring-dynamic", "drools-ecj", "ecj-");

    /**
     * Run in a child JVM without the compiler: decides a case with the default engine, then tries to compile
     * a copy of its rules, printing what happened.
     */
    public static void main(String[] args) throws Exception {
        PolicyEngine engine = PolicyEngine.withDefaultRules();
        System.out.println("rules: " + engine.rules().size());
        System.out.println("decided: "
                + engine.decide(
                                LocalDate.parse("2025-01-11"),
                                List.of(
                                        member("alex"),
                                        page("clp-page"),
                                        breach("i1", "alex", "clp-page", "2025-01-10")))
                        .actions()
                        .size());
        Path copy = Files.createTempDirectory("rules");
        PolicyEngine.exportDefaultRules(copy);
        try {
            PolicyEngine.fromRuleFolder(copy);
            System.out.println("folder: compiled");
        } catch (IllegalStateException refused) {
            System.out.println("folder: " + refused.getMessage());
        }
    }

    @Test
    void theDefaultEngineDecidesWithoutTheDrlCompilerAndCompilingAFolderNamesWhatToAdd() throws Exception {
        // Given the test classpath without the DRL compiler's jars, as a host that only decides has it
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> COMPILER_JARS.stream()
                        .noneMatch(
                                jar -> Path.of(entry).getFileName().toString().startsWith(jar)))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classpath).doesNotContain("drools-mvel").doesNotContain("drools-ecj");
        Path output = Files.createTempFile("precompiled", ".txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        PrecompiledRulesTest.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        // When the default engine is built and decides in it, and a copy of its rules is loaded as a folder
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);

        // Then the engine has its rules and decides: nothing was compiled from DRL; the folder is refused
        // with the one dependency to add
        String printed = Files.readString(output);
        Files.delete(output);
        assertThat(finished).isTrue();
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed)
                .containsPattern("rules: [1-9]")
                .containsPattern("decided: [1-9]")
                .contains("folder: compiling rule files at run time needs Drools' DRL compiler: add"
                        + " org.drools:drools-engine-classic");
    }

    @Test
    void theBuiltRulesHoldOneGeneratedModelNotEveryEarlierBuildsToo() throws Exception {
        // Given the folder the build wrote the rules' classes to (the kie-maven-plugin names them afresh each time)
        Path classes = Path.of(PolicyEngine.class
                        .getClassLoader()
                        .getResource("org/conductpolicy/rules/ladder.drl")
                        .toURI())
                .getParent();

        // When its generated rule models are counted
        long models;
        try (var files = Files.list(classes)) {
            models = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("Rules\\p{XDigit}{32}\\.class"))
                    .count();
        }

        // Then there is the one model of this module's one package of rules, and no stale copies
        assertThat(models).isEqualTo(1);
    }
}
