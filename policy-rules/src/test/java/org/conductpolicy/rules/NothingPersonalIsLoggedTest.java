package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.Casebook;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Everything the library logs while it decides, explains and reads the standing of every casebook case
 * is captured, at every level, and nothing logged at INFO or above holds a person id or a value of that
 * case's facts (made-up ids here, but a host's are real people's). Logback is the test binding; the
 * library logs through SLF4J only.
 */
class NothingPersonalIsLoggedTest {
    private static final PolicyEngine ENGINE = Rules.ENGINE;
    /** The console appender of this module's logback-test.xml. */
    private static final String CONSOLE = "STDERR";

    @Test
    void nothingLoggedAtInfoOrAboveForAnyCasebookCaseHoldsAnIdOrAFactValueOfIt() throws URISyntaxException {
        Path folder = Path.of(
                NothingPersonalIsLoggedTest.class.getResource("/casebook").toURI());
        List<Path> files = Casebook.caseFilesUnder(List.of(folder));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        // Only the capture hears TRACE: on the console it would print Drools' trace of every fact of every
        // case, over a hundred thousand lines, into the build's log.
        Appender<ILoggingEvent> console = root.getAppender(CONSOLE);
        assertThat(console).as("logback-test.xml's console appender").isNotNull();
        root.detachAppender(console);
        root.setLevel(Level.TRACE);
        List<String> leaks = new ArrayList<>();
        int infoOrAbove = 0;
        int fromTheLibrary = 0;
        try {
            for (Path file : files) {
                captured.list.clear();
                CaseFile caseFile = CaseFiles.read(file, ENGINE.conductTable());
                ENGINE.decide(caseFile.asOf(), caseFile.facts());
                ENGINE.explain(caseFile.asOf(), caseFile.facts());
                ENGINE.standing(caseFile.asOf(), caseFile.facts());
                Set<String> personal = valuesOf(caseFile.facts());
                for (ILoggingEvent event : List.copyOf(captured.list)) {
                    if (event.getLoggerName().startsWith("org.conductpolicy")) {
                        fromTheLibrary++;
                    }
                    if (!event.getLevel().isGreaterOrEqual(Level.INFO)) {
                        continue;
                    }
                    infoOrAbove++;
                    String logged = everythingIn(event);
                    personal.stream()
                            .filter(value -> mentions(logged, value))
                            .forEach(value -> leaks.add(folder.relativize(file) + ": " + event.getLevel() + " "
                                    + event.getLoggerName() + " logged '" + value + "': " + logged));
                }
            }
        } finally {
            root.setLevel(before);
            root.detachAppender(captured);
            root.addAppender(console);
        }

        assertThat(files).isNotEmpty();
        // The capture sees the library's own logging (its DEBUG line for each decision), at every level.
        assertThat(fromTheLibrary).isGreaterThanOrEqualTo(files.size());
        assertThat(leaks)
                .as("log events at INFO or above over %d events", infoOrAbove)
                .isEmpty();
    }

    /** The ids, references and text and day values of the facts: what a log line must not hold. */
    private static Set<String> valuesOf(Collection<Fact> facts) {
        Set<String> values = new LinkedHashSet<>();
        for (Fact fact : facts) {
            for (RecordComponent component : fact.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException unreadable) {
                    throw new AssertionError(unreadable);
                }
                if (value instanceof String text) {
                    values.add(text);
                } else if (value instanceof LocalDate day) {
                    values.add(day.toString());
                } else if (value instanceof Collection<?> items) {
                    items.forEach(item -> values.add(String.valueOf(item)));
                }
            }
        }
        return values;
    }

    /** Whether {@code value} appears in {@code logged} as a word of its own, not inside another. */
    private static boolean mentions(String logged, String value) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])")
                .matcher(logged)
                .find();
    }

    private static String everythingIn(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        event.getMDCPropertyMap()
                .forEach(
                        (key, value) -> text.append(' ').append(key).append('=').append(value));
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(' ').append(thrown.getMessage());
        }
        return text.toString();
    }
}
