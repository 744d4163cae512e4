package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy letter}: the letters a case file's ladder actions need, from built-in or edited templates. */
class LetterCommandTest {
    private static final String WARNED_THEN_BANNED =
            "casebook/a-warned-member-breaches-again-on-twitter-and-is-banned-there.yaml";
    private static final String FIRST_BREACH = "casebook/once-consulted-the-admins-warn-the-member.yaml";
    private static final String NOT_YET_CONSULTED = "casebook/trolling-on-the-clp-page-goes-to-the-admins-first.yaml";

    @Test // ESC-1
    void aWarningsLetterIsPrintedInMarkdownWithTheNextStepsDate() {
        // when the letters of a first breach are asked
        Run run = policy("letter", FIRST_BREACH);

        // then the warning's letter is printed
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("# A warning about your conduct on clp-page")
                .contains("on or before **2026-09-10**, the next step is a 30-day ban")
                .contains("by writing to the Secretary.");
    }

    @Test // ESC-2
    void aBansLetterIsPrintedAsPlainText() {
        // when the letter of a ban is asked as text
        Run run = policy("letter", WARNED_THEN_BANNED, "--format", "text");

        // then it is the ban's, with the day it ends, in plain text
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("A 30-day ban from clp-twitter")
                .contains("for 30 days, until 2026-02-19")
                .doesNotContain("**");
    }

    @Test
    void anActionNumberThatIsNoStepOfTheLadderIsRefused() {
        // when the letter of the first action of a case with no warning or ban is asked
        Run run = policy("letter", NOT_YET_CONSULTED, "--action", "1");

        // then it is refused: that action needs no letter
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("--action 1 is [a-z-]+, which needs no letter");
    }

    @Test
    void anActionNumberOutsideTheDecisionIsRefused() {
        Run run = policy("letter", FIRST_BREACH, "--action", "99");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--action 99: the decision has");
    }

    @Test
    void aDecisionWithNoStepOfTheLadderHasNoLetterAndSaysSo() {
        Run run = policy("letter", NOT_YET_CONSULTED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no letter");
    }

    @Test
    void aBadTemplateIsAnErrorNamingItsFileAndExits2(@TempDir Path folder) throws IOException {
        // given an edited warning with a misspelt name
        Path edited = Files.writeString(folder.resolve("warn.md.mustache"), "Dear {{persn}},\n");

        // when a letter is written from it
        Run run = policy("letter", FIRST_BREACH, "--template", folder.toString());

        // then nothing is printed, and the error names the file, its line and the name
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("policy: letter template " + edited + ", line 1")
                .contains("'persn'");
    }

    @Test
    void anEditedTemplateIsUsed(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("warn.md.mustache"), "Dear {{person}}: stop by {{windowEnds}}.\n");

        Run run = policy("letter", FIRST_BREACH, "--template", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Dear member-104: stop by 2026-09-10.\n");
    }
}
