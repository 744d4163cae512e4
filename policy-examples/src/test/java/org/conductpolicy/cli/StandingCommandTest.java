package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.cli.Run.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy standing}: where each person of a case file stands on the ladder, as text or JSON. */
class StandingCommandTest {
    private static final String WARNED_THEN_BANNED =
            "casebook/a-warned-member-breaches-again-on-twitter-and-is-banned-there.yaml";
    private static final String FIRST_BREACH = "casebook/once-consulted-the-admins-warn-the-member.yaml";

    @Test // ESC-2, INT-1
    void aWarnedPersonsStandingGivesTheWarningItsWindowsLastDayAndTheBanANextBreachBrings() {
        // when the standing of a member warned on 2025-09-10 is asked
        Run run = policy("standing", WARNED_THEN_BANNED);

        // then one line says it, after the day asked
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines())
                .containsExactly(
                        "Standing on the ladder as of 2026-01-20",
                        "member-104: warning warning-0910 of 2025-09-10 counts: a breach on or before 2026-09-10"
                                + " brings a 30-day ban");
    }

    @Test // ESC-1, INT-5
    void aPersonWithNoSanctionStandsAtAWarning() {
        // when the standing of a member never sanctioned is asked
        Run run = policy("standing", FIRST_BREACH);

        // then nothing counts
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("member-104: none counting: a next breach brings a warning");
    }

    @Test
    void aStandingAsJsonGivesEachFieldByName() {
        // when the standing is asked as JSON
        Run run = policy("standing", WARNED_THEN_BANNED, "--format", "json");

        // then each field is named, in a stable order
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("\"asOf\" : \"2026-01-20\"")
                .contains("\"person\" : \"member-104\", \"latestCounting\" : { \"id\" : \"warning-0910\","
                        + " \"kind\" : \"warning\", \"platform\" : \"clp-page\", \"on\" : \"2025-09-10\" },"
                        + " \"windowEnds\" : \"2026-09-10\", \"nextBreachBrings\" : \"ban\", \"banDays\" : 30");
    }

    @Test
    void aCaseFileThatCannotBeReadPrintsNothingAndExits2(@TempDir Path folder) throws IOException {
        // given a case file with a misspelt standing
        Path bad = Files.writeString(
                folder.resolve("bad.yaml"),
                "name: bad\nasOf: 2025-06-02\nfacts:\n  - {type: person, id: p1, standing: membr}\n");

        // when its standing is asked
        Run run = policy("standing", bad.toString());

        // then nothing is printed, the reason goes to standard error, and the exit code is 2
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":4:");
    }
}
