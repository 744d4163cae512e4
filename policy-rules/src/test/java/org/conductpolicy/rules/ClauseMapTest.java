package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductpolicy.api.ClauseMark;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.Test;

/**
 * The clause map: every clause of the catalogue is either decided by the rules (a rule cites it, or the
 * conduct table names it, and some test or casebook case carries its id) or marked in {@code
 * clauses.properties} as advisory, organisational or built in, never both; and the map in
 * policy-rules/docs/clauses.md says which, as the catalogue does.
 */
class ClauseMapTest {
    private static final Path RULE_FOLDER = Path.of("src/main/resources/org/conductpolicy/rules");
    private static final Path CATALOGUE = RULE_FOLDER.resolve("clauses.properties");
    private static final Path CLAUSES_MD = Path.of("..").resolve("policy-rules/docs/clauses.md");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Path CASEBOOK = Path.of("src/test/resources/casebook");
    private static final Pattern CITATION = Pattern.compile("@clause\\(\"([^\"]*)\"\\)");
    private static final String MAP_HEADING = "## The clause map";
    private static final String DECIDED = "decided";

    private static final Map<String, ClauseMark> MARKS = Rules.ENGINE.clauseMarks();

    /** The clauses some rule cites in its metadata, or the conduct table names for a kind of conduct. */
    private static Set<String> decided() throws IOException {
        Set<String> decided = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULE_FOLDER)) {
            for (Path drl :
                    files.filter(file -> file.toString().endsWith(".drl")).toList()) {
                Matcher citation = CITATION.matcher(Files.readString(drl));
                while (citation.find()) {
                    Stream.of(citation.group(1).split(",")).map(String::strip).forEach(decided::add);
                }
            }
        }
        Rules.ENGINE.conductTable().kinds().values().stream()
                .map(ConductKind::clauses)
                .forEach(decided::addAll);
        return decided;
    }

    /** The catalogue's ids in the order clauses.properties lists them. */
    private static List<String> catalogueOrder() throws IOException {
        return Files.readAllLines(CATALOGUE).stream()
                .filter(line -> !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .filter(key -> !key.contains("."))
                .toList();
    }

    @Test
    void everyClauseOfTheCatalogueIsDecidedByTheRulesOrMarked() throws IOException {
        Set<String> neither = new TreeSet<>(Rules.ENGINE.clauses().keySet());
        neither.removeAll(decided());
        neither.removeAll(MARKS.keySet());

        assertThat(neither)
                .as("clauses no rule cites and the conduct table does not name: cite them, or mark them in"
                        + " clauses.properties as advisory, organisational or built-in, saying why")
                .isEmpty();
    }

    @Test
    void noClauseTheRulesDecideIsMarked() throws IOException {
        Set<String> both = new TreeSet<>(decided());
        both.retainAll(MARKS.keySet());

        assertThat(both)
                .as("clauses marked as no rule's to decide, yet cited by a rule or named by the conduct table")
                .isEmpty();
    }

    @Test
    void everyClauseTheEngineTakesUpIsCarriedBySomeTestOrCasebookCase() throws IOException {
        Set<String> takenUp = new TreeSet<>(decided());
        MARKS.forEach((id, mark) -> {
            if (mark.kind() == ClauseMark.Kind.BUILT_IN) {
                takenUp.add(id);
            }
        });
        String carriers = testComments() + "\n" + casebookText();

        assertThat(takenUp.stream().filter(id -> !carries(carriers, id)).toList())
                .as("clauses decided by the rules (or built in) that no test comment (// ID) or casebook case names")
                .isEmpty();
    }

    @Test
    void theMapInClausesMdSaysOfEachClauseWhatTheCatalogueSays() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String id : catalogueOrder()) {
            ClauseMark mark = MARKS.get(id);
            expected.add(
                    mark == null
                            ? "| " + id + " | " + DECIDED + " | |"
                            : "| " + id + " | " + mark.kind().wireName() + " | " + mark.reason() + " |");
        }

        assertThat(mapRows())
                .as(
                        "the table under '%s' in %s; it should read:%n%s",
                        MAP_HEADING, CLAUSES_MD, String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    /** The rows of the clause map's table in policy-rules/docs/clauses.md, as written. */
    private static List<String> mapRows() throws IOException {
        List<String> lines = Files.readAllLines(CLAUSES_MD);
        int heading = lines.indexOf(MAP_HEADING);
        assertThat(heading).as("%s has a section '%s'", CLAUSES_MD, MAP_HEADING).isNotNegative();
        return lines.subList(heading + 1, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("| ") && !line.startsWith("| clause "))
                .map(String::strip)
                .toList();
    }

    private static boolean carries(String text, String id) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w])")
                .matcher(text)
                .find();
    }

    /** Every line comment of the module's tests: where a test names the clause it enforces. */
    private static String testComments() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            List<String> comments = new ArrayList<>();
            for (Path java :
                    files.filter(file -> file.toString().endsWith(".java")).toList()) {
                Files.readAllLines(java).stream()
                        .filter(line -> line.contains("//"))
                        .map(line -> line.substring(line.indexOf("//")))
                        .forEach(comments::add);
            }
            return String.join("\n", comments);
        }
    }

    private static String casebookText() throws IOException {
        try (Stream<Path> files = Files.walk(CASEBOOK)) {
            List<String> texts = new ArrayList<>();
            for (Path yaml : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(yaml));
            }
            return texts.stream().collect(Collectors.joining("\n"));
        }
    }
}
