package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.DecideCommandTest.copyBuiltInRules;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.Casebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy diff}: every case an edit of the rules decides differently, and only those; exit 0, 1 or 2. */
class DiffCommandTest {
    private static final String BUILT_IN_CASEBOOK = "../policy-rules/src/test/resources/casebook";
    private static final String SECOND_BREACH =
            "casebook/a-warned-member-breaches-again-on-twitter-and-is-banned-there.yaml";

    private static Path shorterBan(Path rules) throws IOException {
        copyBuiltInRules(rules);
        Path parameters = rules.resolve("parameters.properties");
        Files.writeString(parameters, Files.readString(parameters).replace("ban-days = 30", "ban-days = 14"));
        return rules;
    }

    /** The case files under the casebooks whose actions the two engines decide unequal, by the Java API. */
    private static List<String> decidedDifferently(PolicyEngine before, PolicyEngine after, String... casebooks) {
        return Casebook.caseFilesUnder(List.of(casebooks).stream().map(Path::of).toList()).stream()
                .filter(file -> {
                    CaseFile old = CaseFiles.read(file, before.conductTable());
                    CaseFile now = CaseFiles.read(file, after.conductTable());
                    return !Objects.equals(
                            before.decide(old.asOf(), old.facts()).actions(),
                            after.decide(now.asOf(), now.facts()).actions());
                })
                .map(Path::toString)
                .toList();
    }

    @Test // ESC-2
    void givenAShorterBan_thenExactlyTheCasesItDecidesDifferentlyAreListedAndCounted(@TempDir Path folder)
            throws IOException {
        // given a copy of the built-in rules with a 14-day ban instead of 30
        Path rules = shorterBan(folder);
        List<String> changed = decidedDifferently(
                PolicyEngine.withDefaultRules(), PolicyEngine.fromRuleFolder(rules), BUILT_IN_CASEBOOK, "casebook");
        int all = Casebook.caseFilesUnder(List.of(Path.of(BUILT_IN_CASEBOOK), Path.of("casebook")))
                .size();
        assertThat(changed).contains(SECOND_BREACH).hasSizeLessThan(all);

        // when the casebooks are diffed against the built-in rules
        Run run = policy("diff", "--rules", rules.toString(), BUILT_IN_CASEBOOK, "casebook");

        // then exactly those cases are listed, each once, and counted
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()
                        .lines()
                        .filter(line -> line.startsWith("  file: "))
                        .map(line -> line.substring("  file: ".length())))
                .containsExactlyElementsOf(changed);
        assertThat(run.out().lines().toList())
                .startsWith("--- the built-in rules", "+++ " + rules)
                .last()
                .isEqualTo(changed.size() + " of " + all + " cases decide differently");
    }

    @Test // ESC-2
    void givenAShorterBan_thenTheBanIsShownChangedSideBySideOldValueOnTheLeft(@TempDir Path folder) throws IOException {
        Path rules = shorterBan(folder);

        Run run = policy("diff", "--rules", rules.toString(), SECOND_BREACH);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "--- the built-in rules",
                        "+++ " + rules,
                        "DIFF a member warned on the page who attacks someone on Twitter is banned from Twitter for 30 days",
                        "  file: " + SECOND_BREACH,
                        "  ~ ban person member-104, platform clp-twitter, incident tweet-0118",
                        "      days        30 | 14",
                        "      until       2026-02-19 | 2026-02-03",
                        "      windowEnds  2027-02-19 | 2027-02-03",
                        "      because     breach of CoC-7 (personal-attack) on 2026-01-18, within 12 months of the"
                                + " warning of 2025-09-10: a 30-day ban",
                        "                  | breach of CoC-7 (personal-attack) on 2026-01-18, within 12 months of the"
                                + " warning of 2025-09-10: a 14-day ban",
                        "1 of 1 cases decide differently");
    }

    @Test // the whole casebook, unchanged, is diffed in RulesExportTest
    void givenAnUnchangedCopyOfTheRules_thenNoCaseIsListedAndTheExitCodeIs0(@TempDir Path rules) throws IOException {
        copyBuiltInRules(rules);

        Run run = policy("diff", "--rules", rules.toString(), "casebook");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("DIFF ").endsWith(" cases decide differently" + System.lineSeparator());
        assertThat(run.out().lines().toList()).last().asString().startsWith("0 of ");
    }

    @Test
    void givenAgainstAFolder_thenTheTwoFoldersAreCompared(@TempDir Path folder) throws IOException {
        Path shorter = shorterBan(Files.createDirectories(folder.resolve("shorter")));
        Path same = Files.createDirectories(folder.resolve("same"));
        copyBuiltInRules(same);

        Run run = policy("diff", "--rules", same.toString(), "--against", shorter.toString(), SECOND_BREACH);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList()).startsWith("--- " + shorter, "+++ " + same);
    }

    @Test
    void givenRulesThatDoNotLoad_thenNothingIsPrintedOnStdoutAndTheExitCodeIs2(@TempDir Path rules) {
        Run run = policy("diff", "--rules", rules.toString(), "casebook");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("holds no .drl files");
    }

    @Test
    void givenNoRules_thenTheUsageGoesToStderrAndTheExitCodeIs2() {
        Run run = policy("diff", "casebook");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--rules=NEW'");
    }
}
