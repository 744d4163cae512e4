package org.conductpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conductpolicy.examples.embedding.WhatHappensNext;
import org.conductpolicy.examples.ladder.SecondBreach;
import org.junit.jupiter.api.Test;

/** The example host programs run and print what their comments promise. */
class ExamplesTest {

    private static String stdoutOf(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test // ESC-2, INT-3
    void the_second_breach_example_prints_a_ban_on_the_platform_of_the_new_breach_with_its_clauses() {
        String printed = stdoutOf(() -> SecondBreach.main(new String[0]));

        assertThat(printed)
                .contains("- ban person member-17, platform clp-twitter, incident i2, days 30, until 2025-07-02")
                .contains("clauses: ESC-2, INT-1, INT-2, INT-3")
                .contains(
                        "because: breach of CoC-13 (trolling) on 2025-06-01, within 12 months of the warning of 2025-01-12");
    }

    @Test // ESC-2
    void the_readme_snippet_prints_exactly_what_the_readme_shows() {
        String printed = stdoutOf(() -> WhatHappensNext.main(new String[0]));

        assertThat(printed.lines())
                .containsExactly(
                        "appoint-admin {PLATFORM=clp-page, ROLE=admin} [ROL-1, ROL-4]: clp-page has 0 volunteer admins"
                                + " in post on 2025-06-02, fewer than the 2 the policy asks for",
                        "ban {PERSON=member-17, PLATFORM=clp-page, INCIDENT=i2, DAYS=30, UNTIL=2025-07-02,"
                                + " WINDOW_ENDS=2026-07-02} [ESC-2, INT-1, INT-2, INT-3]: breach of CoC-13 (trolling) on"
                                + " 2025-06-01, within 12 months of the warning of 2025-01-12: a 30-day ban");
    }

    @Test
    void the_readme_snippet_makes_its_facts_with_no_positional_null() throws IOException {
        String snippet =
                Files.readString(Path.of("src/main/java/org/conductpolicy/examples/embedding/WhatHappensNext.java"));

        assertThat(snippet)
                .doesNotContain("null")
                .contains("Incident.consulted(")
                .contains("Sanction.warning(");
    }

    @Test
    void the_readme_shows_the_snippet_and_what_it_prints_word_for_word() throws IOException {
        // given the README and the example it quotes
        String readme = Files.readString(Path.of("..", "README.md"));
        String source =
                Files.readString(Path.of("src/main/java/org/conductpolicy/examples/embedding/WhatHappensNext.java"));
        String quoted = source.replaceFirst("^package [^\n]*\n\n", "")
                .replace("/** The README's embedding snippet, kept here so that it always compiles and runs. */\n", "");

        // when the example runs
        String printed = stdoutOf(() -> WhatHappensNext.main(new String[0]));

        // then the README quotes both as they are
        assertThat(readme).contains("```java\n" + quoted + "```").contains("```\n" + printed + "```");
    }
}
