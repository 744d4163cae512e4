package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /**
     * The words that join or negate patterns inside a group: {@code exists( A() and not B() )} is such a
     * group. Drools 10.0 to 10.2 never fire {@code exists( A() and not B() )} when another package of the
     * same KieBase also has an {@code exists( A() and ... )} (a known misfire, Drools issue 7115).
     */
    private static final Pattern JOINING_WORD = Pattern.compile("\\b(and|not)\\b");

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

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void a_rule_file_asks_exists_only_of_one_pattern_or_of_alternatives_never_of_a_join_drools_10_misfires_on(Path file)
            throws IOException {
        assertThat(existsGroups(code(file)))
                .allSatisfy(group -> assertThat(group).doesNotContainPattern(JOINING_WORD));
    }

    @Test
    void the_check_for_exists_over_a_join_finds_one() {
        String misfiring = "when\n    exists( Incident( $p : person ) and not Sanction( person == $p ) )\nthen";

        assertThat(existsGroups(misfiring)).singleElement().asString().containsPattern(JOINING_WORD);
        assertThat(existsGroups("exists ( A( x == f(y) ) or B() )"))
                .singleElement()
                .asString()
                .doesNotContainPattern(JOINING_WORD);
    }

    /**
     * The text of each parenthesised group that follows an {@code exists}, without what lies inside the
     * patterns' own parentheses: {@code exists( A( x ) and not B( y ) )} gives {@code " A and not B "}.
     */
    private static List<String> existsGroups(String code) {
        List<String> groups = new ArrayList<>();
        Matcher exists = Pattern.compile("\\bexists\\s*\\(").matcher(code);
        while (exists.find()) {
            StringBuilder outer = new StringBuilder();
            int depth = 1;
            for (int i = exists.end(); i < code.length() && depth > 0; i++) {
                char c = code.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 1 && c != ')') {
                    outer.append(c);
                }
            }
            groups.add(outer.toString());
        }
        return groups;
    }

    /** The file without its comments, which may quote anything. */
    private static String code(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
