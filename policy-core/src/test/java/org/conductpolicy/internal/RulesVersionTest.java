package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every decision names the rule set that made it; the same files always give the same version. */
class RulesVersionTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    private static final String ADVICE = TestRuleFolder.ADVISE_EVERY_INCIDENT;
    /** A second rule file, in a folder of its own. */
    private static final String OTHER = ADVICE.replace("is advised on\"", "is advised on again\"");

    @TempDir
    Path root;

    /** The files of a small rule set, by name, in the order they are written. */
    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("parameters.properties", TestParameters.COMPLETE);
        files.put("clauses.properties", "CoC-7 = ...\n");
        files.put("conduct.properties", "trolling = breach CoC-7\n");
        files.put("advice.drl", ADVICE);
        files.put("more/other.drl", OTHER);
        return files;
    }

    private Path folder(String name, Map<String, String> files) throws IOException {
        Path folder = root.resolve(name);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return folder;
    }

    private static String versionOf(Path folder) {
        return PolicyEngine.fromRuleFolder(folder).decide(DAY, List.of()).rulesVersion();
    }

    @Test
    void aDecisionCarriesTheVersionOfItsRules() throws IOException {
        // given a rule folder
        Path folder = folder("rules", files());

        // when a case is decided
        Decision decision = PolicyEngine.fromRuleFolder(folder).decide(DAY, List.of());

        // then the decision names the rules, as a check of them does
        assertThat(decision.rulesVersion()).matches("sha256:[0-9a-f]{64}");
        assertThat(decision.rulesVersion()).isEqualTo(PolicyEngine.check(folder).rulesVersion());
    }

    @Test
    void theSameFilesWrittenInAnotherOrderGiveTheSameVersion() throws IOException {
        // given the same files written in one order into one folder and in the reverse order into another
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> names = List.copyOf(files().keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            reversed.put(names.get(i), files().get(names.get(i)));
        }

        // then both give the same version
        assertThat(versionOf(folder("forwards", files()))).isEqualTo(versionOf(folder("backwards", reversed)));
    }

    @Test
    void theSameFilesWithWindowsLineBreaksGiveTheSameVersion() throws IOException {
        // given a copy whose files end their lines with \r\n, as a checkout on another machine may
        Map<String, String> windows = new LinkedHashMap<>();
        files().forEach((name, text) -> windows.put(name, text.replace("\n", "\r\n")));

        // then it has the same version
        assertThat(versionOf(folder("windows", windows))).isEqualTo(versionOf(folder("unix", files())));
    }

    @Test
    void oneByteChangedInARuleFileOrAParameterGivesAnotherVersion() throws IOException {
        // given the rule set, a copy with one letter of a rule changed, and one with a parameter changed
        Map<String, String> editedRule = files();
        editedRule.put("advice.drl", ADVICE.replace("because(\"why\")", "because(\"Why\")"));
        Map<String, String> editedParameter = files();
        editedParameter.put("parameters.properties", TestParameters.COMPLETE.replace("ban-days = 30", "ban-days = 31"));
        String original = versionOf(folder("original", files()));

        // then each edit changes the version
        assertThat(versionOf(folder("rule", editedRule))).isNotEqualTo(original);
        assertThat(versionOf(folder("parameter", editedParameter))).isNotEqualTo(original);
    }

    @Test
    void aFileMovedToAnotherNameGivesAnotherVersion() throws IOException {
        // given the same rule moved from one file name to another
        Map<String, String> renamed = files();
        renamed.put("advice-renamed.drl", renamed.remove("advice.drl"));

        // then the version changes, since the version names each file
        assertThat(versionOf(folder("renamed", renamed))).isNotEqualTo(versionOf(folder("original", files())));
    }

    @Test
    void twoRuleSetsThatDecideTheSameMakeEqualDecisionsWhateverTheirVersions() throws IOException {
        // given two rule sets that differ only in a comment
        Map<String, String> commented = files();
        commented.put("advice.drl", "// a comment\n" + ADVICE);
        Decision one = PolicyEngine.fromRuleFolder(folder("one", files())).decide(DAY, List.of());
        Decision other = PolicyEngine.fromRuleFolder(folder("other", commented)).decide(DAY, List.of());

        // then their decisions are equal, though their versions differ
        assertThat(one.rulesVersion()).isNotEqualTo(other.rulesVersion());
        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }
}
