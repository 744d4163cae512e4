package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conductpolicy.internal.TestRuleFolder.HEADER;
import static org.conductpolicy.internal.TestRuleFolder.advisingEveryIncident;
import static org.conductpolicy.internal.TestRuleFolder.lineOf;
import static org.conductpolicy.internal.TestRuleFolder.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule folder is code an officer edits: loading it, or checking it, refuses whatever in it reaches beyond
 * the rules' vocabulary, at its file and line, before anything in it is compiled or run.
 */
class ConfinedRulesTest {

    @TempDir
    Path folder;

    /** The rule of {@link TestRuleFolder#advisingEveryIncident}, in a file that also imports {@code imported}. */
    private static String importing(String imported) {
        return advisingEveryIncident("")
                .replace("package test.rules;\n", "package test.rules;\nimport " + imported + ";\n");
    }

    /**
     * Hostile rule files: what each holds, the text on the line it is refused at, and what the refusal says.
     */
    static Stream<Arguments> hostileRuleFiles() {
        return Stream.of(
                hostile(
                        "an exit of the JVM",
                        advisingEveryIncident("System.exit(3);"),
                        "System.exit",
                        "System is not in the rules' vocabulary"),
                hostile(
                        "a fully-qualified System",
                        advisingEveryIncident("java.lang.System.exit(3);"),
                        "java.lang.System",
                        "java.lang.System is not in the rules' vocabulary"),
                hostile(
                        "a process run through Runtime",
                        advisingEveryIncident("Runtime.getRuntime().exec(\"touch hacked\");"),
                        "Runtime",
                        "Runtime is not in the rules' vocabulary"),
                hostile(
                        "a process run through ProcessBuilder",
                        advisingEveryIncident("new ProcessBuilder(\"touch\", \"hacked\").start();"),
                        "ProcessBuilder",
                        "creates a ProcessBuilder, which is not in the rules' vocabulary"),
                hostile(
                        "a file written through java.nio",
                        advisingEveryIncident(
                                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"hacked\"), \"x\");"),
                        "java.nio.file.Files",
                        "java.nio.file.Files is not in the rules' vocabulary"),
                hostile(
                        "an import of java.io",
                        importing("java.io.FileWriter"),
                        "import java.io.FileWriter",
                        "imports java.io.FileWriter, which is not in the rules' vocabulary"),
                hostile(
                        "a wildcard import",
                        importing("java.io.*"),
                        "import java.io.*",
                        "imports java.io.*: import each type of the rules' vocabulary by its name"),
                hostile(
                        "a reflective call through getClass",
                        advisingEveryIncident("$i.getClass().getMethod(\"id\").invoke($i);"),
                        "$i.getClass()",
                        "uses .getClass, which reaches Java's reflection"),
                hostile(
                        "a reflective call through Class",
                        advisingEveryIncident("Class.forName(\"java.lang.Runtime\");"),
                        "Class.forName",
                        "Class is not in the rules' vocabulary"),
                hostile(
                        "a consequence that spins for ever",
                        advisingEveryIncident("while (true) { }"),
                        "while (true)",
                        "'while' starts a loop, which may never end"),
                hostile(
                        "a thread started",
                        advisingEveryIncident("new Thread(() -> { }).start();"),
                        "new Thread",
                        "creates a Thread, which is not in the rules' vocabulary"),
                hostile(
                        "a thread put to sleep",
                        advisingEveryIncident("Thread.sleep(100000);"),
                        "Thread.sleep",
                        "Thread is not in the rules' vocabulary"),
                hostile(
                        "an array that floods the memory",
                        advisingEveryIncident("long[] flood = new long[Integer.MAX_VALUE - 8];"),
                        "new long",
                        "creates an array (new long[...])"),
                hostile(
                        "a text that floods the memory",
                        advisingEveryIncident("String flood = \"x\".repeat(Integer.MAX_VALUE - 8);"),
                        ".repeat",
                        "uses .repeat, which may fill the memory"),
                hostile(
                        "a function with a loop",
                        HEADER + """

                                function int spin(int times) {
                                    int total = 0;
                                    for (int i = 0; i < times; i++) { total++; }
                                    return total;
                                }
                                """ + advisingEveryIncident("").substring(HEADER.length()),
                        "for (int i",
                        "'for' starts a loop, which may never end"),
                hostile(
                        "a function that calls itself",
                        HEADER + """

                                function int again(int n) {
                                    return again(n + 1);
                                }
                                """ + advisingEveryIncident("").substring(HEADER.length()),
                        "return again",
                        "a function calls again: a function may not call functions"),
                hostile(
                        "a global",
                        HEADER + "global java.util.List leaked;\n"
                                + advisingEveryIncident("").substring(HEADER.length()),
                        "global",
                        "'global' is not part of a rule file"),
                hostile(
                        "the engine reached from a consequence",
                        advisingEveryIncident("drools.halt();"),
                        "drools.halt",
                        "'drools' reaches the engine itself"),
                hostile(
                        "a timer that fires outside the decision",
                        advisingEveryIncident("")
                                .replace("@clause(\"CoC-7\")", "@clause(\"CoC-7\")\n    timer (int: 0 1s)"),
                        "timer",
                        "has the attribute 'timer': a rule may have only"),
                hostile(
                        "a unicode escape hiding System",
                        advisingEveryIncident("\\u0053ystem.exit(3);"),
                        "\\u0053ystem",
                        "writes a \\u escape, which Java reads before anything else"),
                hostile(
                        "code after a text block that seems to go on",
                        advisingEveryIncident("String t = \"\"\"\n        x \\\"\"\" \"\"\"; System.exit(3);"),
                        "System.exit",
                        "System is not in the rules' vocabulary"),
                hostile(
                        "the class of a fact's type",
                        advisingEveryIncident("Object c = $i.type().factClass();"),
                        "factClass",
                        "uses .factClass, which reaches Java's reflection"),
                hostile(
                        "a class named by its package",
                        advisingEveryIncident("com.example.tool.run();"),
                        "com.example",
                        "com.example.tool.run names a package, beyond the rules' vocabulary"),
                hostile(
                        "a code block swallowing the decision's failure",
                        advisingEveryIncident("try { } catch (Throwable ignored) { }"),
                        "try {",
                        "'try' is not part of a rule file"));
    }

    private static Arguments hostile(String what, String drl, String refusedAt, String message) {
        return Arguments.of(what, drl, refusedAt, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRuleFiles")
    void aHostileRuleFileIsRefusedAtItsLineAndNoEngineIsBuilt(String what, String drl, String refusedAt, String message)
            throws IOException {
        // given a rule folder whose one rule file holds something beyond the rules' vocabulary
        write(folder, drl);
        RuleProblem expected = new RuleProblem(folder.resolve("advice.drl").toString(), lineOf(drl, refusedAt), "");

        // when it is loaded, then it is refused at the file and line, and nothing in it ran
        assertThatThrownBy(() -> PolicyEngine.fromRuleFolder(folder))
                .isInstanceOfSatisfying(
                        PolicyRulesException.class,
                        refused -> assertThat(refused.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(expected.file());
                            assertThat(problem.line()).isEqualTo(expected.line());
                            assertThat(problem.message()).contains(message);
                        }));
        assertThat(folder.resolve("hacked")).doesNotExist();

        // and checking it reports the same problem
        assertThat(PolicyEngine.check(folder).problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(expected.file());
            assertThat(problem.line()).isEqualTo(expected.line());
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void aRuleFileThatUsesOnlyTheVocabularyLoadsWhateverItsCommentsAndTextsSay() throws IOException {
        // given a rule that declares a type and a function, calls java.time, names a type in full, and
        // mentions what would be refused only in comments and text
        write(folder, HEADER + """
                import java.time.LocalDate;

                declare Noted
                    incident : Incident
                    by : LocalDate
                end

                function LocalDate aWeekAfter(LocalDate day) {
                    return day.plusDays(7);
                }

                rule "An incident is noted a week after it"
                    @clause("CoC-7")
                    salience 10
                when
                    $i : Incident( on.isBefore(LocalDate.of(2030, 1, 1)) )
                then
                    // System.exit(0) and while (true) are refused in code, not in a comment
                    insertLogical(new Noted($i, aWeekAfter($i.on()))); /* nor Runtime.getRuntime() here */
                    insertLogical(org.conductpolicy.vocabulary.Proposal.of(ActionType.ADVISE).person($i.person())
                        .incident($i.id()).because("noted \\"for ever\\" // not a comment"));
                end
                """);

        // when it is checked, then nothing in it is refused, and it loads
        assertThat(PolicyEngine.check(folder).problems()).isEmpty();
        assertThat(PolicyEngine.fromRuleFolder(folder).rules()).hasSize(1);
    }

    @Test
    void theOfficersGuideListsWhatARuleFileMayUseAsTheCheckDoes() throws IOException {
        // given the officers' guide's section on what a rule file may use
        String guide = Files.readString(Path.of("..").resolve("policy-rules/docs/officers-guide.md"));
        int start = guide.indexOf("### What a rule file may use");
        assertThat(start).isNotNegative();
        String section = guide.substring(start, guide.indexOf("\n#", start + 1));

        // then it names every type beyond the facts, every refused member and every allowed attribute
        List<Class<?>> facts =
                Stream.of(FactType.values()).<Class<?>>map(FactType::factClass).toList();
        Stream.of(
                        ConfinedRules.VOCABULARY.stream()
                                .filter(type -> !facts.contains(type))
                                .map(Class::getSimpleName),
                        ConfinedRules.REFUSED_MEMBERS.stream(),
                        ConfinedRules.ATTRIBUTES.stream())
                .flatMap(names -> names)
                .forEach(name -> assertThat(section).contains("`" + name + "`"));
    }
}
