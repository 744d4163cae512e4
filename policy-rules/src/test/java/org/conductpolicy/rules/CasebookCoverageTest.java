package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.Explanation;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.Casebook;
import org.conductpolicy.io.Expectation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's casebook covers every rule: each rule of the built-in set fires in some case (what
 * {@code policy test --min-coverage 100} asks), some case expects an action each proposing rule
 * proposes, and some case rules out each kind of action, so that a rule cannot go wrong unseen.
 */
class CasebookCoverageTest {
    /** A rule and its body, up to its {@code end}. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^end");
    /** A consequence proposes an action; a classification rule derives a fact with {@code new}. */
    private static final Pattern PROPOSES = Pattern.compile("insertLogical\\(\\s*(?!new\\b)");

    private static final Set<String> RULES_FIRED = new TreeSet<>();
    private static final Set<String> RULES_EXPECTED = new TreeSet<>();
    private static final Set<ActionType> TYPES_RULED_OUT = EnumSet.noneOf(ActionType.class);
    private static boolean everythingRuledOut;

    @BeforeAll
    static void run_the_casebook() throws URISyntaxException {
        Path folder =
                Path.of(CasebookCoverageTest.class.getResource("/casebook").toURI());
        for (Path file : Casebook.caseFilesUnder(List.of(folder))) {
            CaseFile caseFile = CaseFiles.read(file);
            // An explanation is a decision with the trace of every rule that fired on the way.
            Explanation explanation = Rules.ENGINE.explain(caseFile.asOf(), caseFile.facts());
            RULES_FIRED.addAll(explanation.firedRules());
            Decision decision = explanation.decision();
            for (Expectation expected : caseFile.expect()) {
                decision.actions().stream()
                        .filter(expected::matches)
                        .forEach(action -> RULES_EXPECTED.add(action.rule()));
            }
            for (Expectation ruledOut : caseFile.expectNot()) {
                Optional.ofNullable(ruledOut.action())
                        .ifPresentOrElse(TYPES_RULED_OUT::add, () -> everythingRuledOut = true);
            }
        }
    }

    @Test
    void every_rule_of_the_built_in_set_fires_in_some_case() {
        assertThat(Rules.ENGINE.rules())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(RULES_FIRED)
                        .as("cases in which the rule \"%s\" (%s:%d) fires", rule.name(), rule.file(), rule.line())
                        .contains(rule.name()));
    }

    @Test
    void every_rule_that_proposes_an_action_is_expected_to_in_some_case() throws URISyntaxException, IOException {
        assertThat(proposingRules())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(RULES_EXPECTED)
                        .as("cases expecting an action of the rule \"%s\"", rule)
                        .contains(rule));
    }

    @Test
    void every_kind_of_action_is_ruled_out_in_some_case() {
        Set<ActionType> notRuledOut = EnumSet.allOf(ActionType.class);
        notRuledOut.removeAll(TYPES_RULED_OUT);

        assertThat(notRuledOut).as("actions no case rules out by name").isEmpty();
        assertThat(everythingRuledOut).as("some case expects nothing at all").isTrue();
    }

    private static Set<String> proposingRules() throws URISyntaxException, IOException {
        Path folder = Path.of(CasebookCoverageTest.class
                        .getResource("/org/conductpolicy/rules/parameters.properties")
                        .toURI())
                .getParent();
        Set<String> rules = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Matcher rule = RULE.matcher(Files.readString(file));
                while (rule.find()) {
                    if (PROPOSES.matcher(rule.group(2)).find()) {
                        rules.add(rule.group(1));
                    }
                }
            }
        }
        return rules;
    }
}
