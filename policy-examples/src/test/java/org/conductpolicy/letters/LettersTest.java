package org.conductpolicy.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters for the ladder's actions, from the built-in templates and from a folder of edited ones. */
class LettersTest {
    private static final PolicyEngine ENGINE = PolicyEngine.withDefaultRules();
    private static final Letters BUILT_IN = Letters.withBuiltInTemplates();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static final Incident ATTACK =
            Incident.consulted("i1", "member-17", "clp-page", day("2025-01-10"), "personal-attack");
    private static final Incident AGAIN =
            Incident.consulted("i2", "member-17", "clp-page", day("2025-03-01"), "trolling");
    private static final Incident ONCE_MORE =
            Incident.consulted("i3", "member-17", "clp-page", day("2025-06-01"), "personal-attack");
    private static final Sanction WARNED = Sanction.warning("s1", "member-17", "clp-page", day("2025-01-12"), "i1");
    private static final Sanction BANNED = Sanction.ban("s2", "member-17", "clp-page", day("2025-03-03"), 30, "i2");

    private static List<Fact> facts(Fact... more) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Person("member-17", Standing.MEMBER),
                new Person("member-23", Standing.MEMBER),
                new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP)));
        facts.addAll(List.of(more));
        return facts;
    }

    private static Letter onlyLetter(String asOf, List<Fact> facts) {
        List<Letter> letters = BUILT_IN.write(ENGINE, day(asOf), facts, LetterFormat.MARKDOWN);
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }

    @Test // ESC-1, ESC-5
    void aWarningsLetterGivesTheNextStepWithItsDateAndSendsAnAppealToTheSecretary() {
        // given a member's first breach, on which the admins were consulted
        List<Fact> facts = facts(ATTACK);

        // when the letter of the warning is written
        Letter letter = onlyLetter("2025-01-12", facts);

        // then it is the warning's, says why, asks them to stop, gives the next step and its date, and the appeal route
        assertThat(letter.action().type()).isEqualTo(ActionType.WARN);
        assertThat(letter.template()).isEqualTo("warn.md.mustache");
        assertThat(letter.text())
                .contains("To: member-17")
                .contains("On 2025-01-10, on clp-page, your conduct was personal attack")
                .contains("**CoC-7**: " + ENGINE.clauses().get("CoC-7"))
                .contains("Please stop.")
                .contains("on or before **2026-01-12**, the next step is a 30-day ban")
                .contains("by writing to the Secretary.")
                .doesNotContain("trusted officer");
    }

    @Test // ESC-5, INT-11
    void whenTheSecretaryIsThePersonWarnedTheLetterSendsAnAppealToATrustedEcOfficer() {
        // given a breach by the Secretary
        List<Fact> facts = facts(ATTACK, Role.of("member-17", RoleName.SECRETARY, day("2024-05-01")));

        // when the letter of the warning is written
        Letter letter = onlyLetter("2025-01-12", facts);

        // then an appeal goes to a trusted EC officer, as the rules route it, not to the Secretary
        assertThat(letter.text())
                .contains("writing to a trusted officer of the executive committee, not to the Secretary")
                .doesNotContain("by writing to the Secretary.");
    }

    @Test // ESC-7, ESC-4
    void aLetterNamesTheNationalComplaintsRouteAndIsMarkedForSignOffAndTheSecretarysLog() {
        // given a member's first breach
        Letter letter = onlyLetter("2025-01-12", facts(ATTACK));

        // then it gives every way to seek redress, and what the admin team and the Secretary must do with it
        assertThat(letter.text())
                .contains("National Complaints team")
                .contains("**ESC-7**: " + ENGINE.clauses().get("ESC-7"))
                .contains("Draft for the admin team's sign-off")
                .contains("Logged with the Secretary on:")
                .contains("**ESC-4**: " + ENGINE.clauses().get("ESC-4"));
    }

    @Test // ESC-1; EU DSA Art. 17: a statement of reasons
    void aLetterHoldsAStatementOfReasons() {
        // given a member's first breach
        Letter letter = onlyLetter("2025-01-12", facts(ATTACK));

        // then it names who decided, the facts relied on and the clauses
        assertThat(letter.text())
                .contains("Decided by: the admin team.")
                .contains("Facts relied on: incident i1 on 2025-01-10 (personal attack); "
                        + letter.action().because())
                .contains("  - ESC-1: " + ENGINE.clauses().get("ESC-1"));
    }

    @Test // ESC-2
    void aBansLetterGivesTheDayTheBanEndsAndTheLastDayOfItsWindow() {
        // given a warned member who breaches again within the window
        List<Fact> facts = facts(ATTACK, WARNED, AGAIN);

        // when the letter of the ban is written
        Letter letter = onlyLetter("2025-03-03", facts);

        // then it gives the ban's days and end, and the lifetime ban that follows another breach
        assertThat(letter.action().type()).isEqualTo(ActionType.BAN);
        assertThat(letter.text())
                .contains("# A 30-day ban from clp-page")
                .contains("for 30 days, until **2025-04-02**")
                .contains("on or before **2026-04-02**, the next step is a lifetime ban")
                .contains("by writing to the Secretary.");
    }

    @Test // ESC-3
    void aLifetimeBansLetterSaysTheBanStandsUnlessOverturned() {
        // given a banned member who breaches again within the ban's window
        List<Fact> facts = facts(ATTACK, WARNED, AGAIN, BANNED, ONCE_MORE);

        // when the letter of the lifetime ban is written
        Letter letter = onlyLetter("2025-06-02", facts);

        // then it is the lifetime ban's
        assertThat(letter.action().type()).isEqualTo(ActionType.BAN_FOR_LIFE);
        assertThat(letter.template()).isEqualTo("ban-for-life.md.mustache");
        assertThat(letter.text())
                .contains("# A lifetime ban from clp-page")
                .contains("ban you from clp-page for life")
                .contains("The ban stands unless it is overturned on appeal.")
                .contains("National Complaints team");
    }

    @Test
    void aLetterHoldsOnlyTheIdsOfItsOwnFactsAndNoPassword() {
        // given a case with another member in it
        Letter letter = onlyLetter("2025-01-12", facts(ATTACK));

        // then the letter names only the person written to, and nothing of passwords
        assertThat(letter.text()).contains("member-17").doesNotContain("member-23");
        assertThat(letter.text().toLowerCase()).doesNotContain("password");
    }

    @Test
    void aPlainTextLetterHasNoMarkdown() {
        // given a member's first breach
        List<Letter> letters = BUILT_IN.write(ENGINE, day("2025-01-12"), facts(ATTACK), LetterFormat.TEXT);

        // then its letter is written from the text template, without Markdown's marks
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.template()).isEqualTo("warn.txt.mustache");
            assertThat(letter.text())
                    .contains("on or before 2026-01-12, the next step is a 30-day ban")
                    .doesNotContain("**")
                    .doesNotContain("# ");
        });
    }

    @Test
    void anActionThatNeedsNoLetterIsRefused() {
        // given an action that is no step of the ladder
        Incident unconsulted = Incident.notYetConsulted("i1", "member-17", "clp-page", day("2025-01-10"), "trolling");
        List<Fact> facts = facts(unconsulted);
        Action consult = ENGINE.decide(day("2025-01-12"), facts)
                .actionsOf(ActionType.CONSULT_ADMINS)
                .get(0);

        // then asking for its letter is refused, saying which actions have one
        assertThatThrownBy(() -> BUILT_IN.write(ENGINE, day("2025-01-12"), facts, consult, LetterFormat.MARKDOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consult-admins needs no letter");
    }

    @Test
    void anEditedTemplateIsUsedAndTheOthersAreBuiltIn(@TempDir Path folder) throws IOException {
        // given a folder with an edited warning
        Files.writeString(
                folder.resolve("warn.md.mustache"), "Dear {{person}}, stop by {{windowEnds}}.\n{{> redress}}");

        // when the letter of a warning is written from it
        List<Letter> letters = Letters.fromTemplateFolder(folder)
                .write(ENGINE, day("2025-01-12"), facts(ATTACK), LetterFormat.MARKDOWN);

        // then the edited template is used, with the built-in part it includes
        assertThat(letters)
                .singleElement()
                .satisfies(letter -> assertThat(letter.text())
                        .startsWith("Dear member-17, stop by 2026-01-12.\n")
                        .contains("by writing to the Secretary."));
    }

    @Test
    void aTemplateNamingAnUnknownValueIsAnErrorNamingItsFileNotABlank(@TempDir Path folder) throws IOException {
        // given a template with a misspelt name
        Path edited = folder.resolve("warn.md.mustache");
        Files.writeString(edited, "Dear {{person}}, stop by {{windowEnd}}.\n");

        // when a letter is written from it
        Letters letters = Letters.fromTemplateFolder(folder);

        // then it is an error naming the file and the name
        assertThatThrownBy(() -> letters.write(ENGINE, day("2025-01-12"), facts(ATTACK), LetterFormat.MARKDOWN))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(edited.toString())
                .hasMessageContaining("windowEnd");
    }

    @Test
    void aTemplateThatDoesNotParseIsAnErrorNamingItsFile(@TempDir Path folder) throws IOException {
        // given a template whose section is never closed
        Path edited = folder.resolve("warn.md.mustache");
        Files.writeString(edited, "{{#next.climbs}}Another breach brings a ban.\n");

        // when a letter is written from it
        Letters letters = Letters.fromTemplateFolder(folder);

        // then it is an error naming the file
        assertThatThrownBy(() -> letters.write(ENGINE, day("2025-01-12"), facts(ATTACK), LetterFormat.MARKDOWN))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(edited.toString());
    }

    @Test
    void anUnknownNameInAnIncludedPartIsAnErrorNamingThatPartsFileAndLine(@TempDir Path folder) throws IOException {
        // given an edited part of every letter, with a misspelt name on its second line
        Path edited = folder.resolve("redress.md.mustache");
        Files.writeString(edited, "How to appeal\n{{appeal.toSecretry}}\n");

        // when a letter that includes it is written
        Letters letters = Letters.fromTemplateFolder(folder);

        // then the error names the part's file and line, and the name
        assertThatThrownBy(() -> letters.write(ENGINE, day("2025-01-12"), facts(ATTACK), LetterFormat.MARKDOWN))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(edited + ", line 2")
                .hasMessageContaining("'toSecretry' is not a name a letter defines");
    }

    @Test
    void aTemplateFolderHoldingATemplateNoLetterUsesIsRefused(@TempDir Path folder) throws IOException {
        // given a folder whose edited warning is misnamed
        Files.writeString(folder.resolve("warning.md.mustache"), "Dear {{person}}\n");

        // then the folder is refused, naming the file and the names a template may have
        assertThatThrownBy(() -> Letters.fromTemplateFolder(folder))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("warning.md.mustache")
                .hasMessageContaining("warn.md.mustache");
    }
}
