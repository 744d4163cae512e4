package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** House rules for the rule files, checked on their text: the mistakes that make decisions unstable. */
class RuleFilesTest {
    /** {@code ?query(...)} is evaluated once, not again when later facts arrive. */
    private static final Pattern NON_REACTIVE_QUERY = Pattern.compile("\\?\\s*[A-Za-z_]\\w*\\s*\\(");
    /** A plain insert of a proposal is never withdrawn when what justified it stops holding. */
    private static final Pattern PLAIN_INSERT = Pattern.compile("\\binsert\\s*\\(");

    private static final Pattern PRINTING = Pattern.compile("System\\.(out|err)");
    /** "In force on a day" spelt out by hand, as {@code ends == null || ends >= day}, instead of {@code heldOn}. */
    private static final Pattern OPEN_ENDED_BY_HAND = Pattern.compile("==\\s*null\\s*\\|\\|");
    /** The three officers listed by hand instead of {@code RoleName.isOfficer()}. */
    private static final Pattern OFFICERS_BY_HAND =
            Pattern.compile("RoleName\\.(CHAIR|SECRETARY|SOCIAL_MEDIA_OFFICER)\\s*,\\s*RoleName\\.");

    static Stream<Path> ruleFiles() throws URISyntaxException, IOException {
        Path folder = Path.of(RuleFilesTest.class
                        .getResource("/org/conductpolicy/rules/parameters.properties")
                        .toURI())
                .getParent();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(path -> path.toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void a_rule_file_calls_queries_reactively_so_later_facts_are_seen(Path file) throws IOException {
        assertThat(code(file)).doesNotContainPattern(NON_REACTIVE_QUERY);
    }

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void a_rule_file_derives_facts_and_proposes_actions_logically_so_the_firing_order_never_shows(Path file)
            throws IOException {
        assertThat(code(file)).doesNotContainPattern(PLAIN_INSERT);
    }

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void a_rule_file_never_prints(Path file) throws IOException {
        assertThat(code(file)).doesNotContainPattern(PRINTING);
    }

    @ParameterizedTest // ROL-1, SEC-2
    @MethodSource("ruleFiles")
    void a_rule_file_asks_whether_a_role_is_in_force_on_a_day_only_through_heldOn(Path file) throws IOException {
        assertThat(code(file)).doesNotContainPattern(OPEN_ENDED_BY_HAND);
    }

    @ParameterizedTest // ROL-1, SEC-1
    @MethodSource("ruleFiles")
    void a_rule_file_asks_whether_a_role_is_an_officers_only_through_isOfficer(Path file) throws IOException {
        assertThat(code(file)).doesNotContainPattern(OFFICERS_BY_HAND);
    }

    /** The file without its comments, which may quote anything. */
    private static String code(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
