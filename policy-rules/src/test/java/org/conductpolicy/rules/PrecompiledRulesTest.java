package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.Test;

/** The built-in rules are built to the executable model: the default engine compiles no DRL at start-up. */
class PrecompiledRulesTest {

    /** Run in a child JVM: builds the default engine and prints how many rules it has. */
    public static void main(String[] args) {
        System.out.println("rules: " + PolicyEngine.withDefaultRules().rules().size());
    }

    @Test
    void theDefaultEngineStartsWithoutTheDrlCompilerOnTheClasspath() throws Exception {
        // Given the test classpath without drools-mvel and the Eclipse compiler, which compile DRL
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("drools-mvel") && !entry.contains("ecj"))
                .collect(Collectors.joining(File.pathSeparator));
        Path output = Files.createTempFile("precompiled", ".txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        PrecompiledRulesTest.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        // When the default engine is built in it
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);

        // Then it starts and has its rules: nothing was compiled from DRL
        String printed = Files.readString(output);
        Files.delete(output);
        assertThat(finished).isTrue();
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).containsPattern("rules: [1-9]");
    }
}
