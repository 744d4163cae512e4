package org.conductpolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The command line logs warnings and errors on standard error only, set up without a logback.xml. */
class CommandLineLoggingTest {
    @Test
    void logbackFindsTheCommandLinesLoggingAndLogsOnlyWarningsOnStandardError() {
        // Given the logging of this JVM, which Logback set up when it was first asked for a logger
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        // When its root logger is looked at
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

        // Then it logs from WARN up, to standard error, not Logback's default of everything on standard output
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR"))
                .isInstanceOfSatisfying(
                        ConsoleAppender.class,
                        appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineIsReadInstead() {
        // Given a Logback configuration file named with -Dlogback.configurationFile
        LoggerContext context = new LoggerContext();
        String before = System.setProperty(CommandLineLogging.CONFIGURATION_FILE, "custom-logback.xml");
        try {
            // When the command line's logging is asked to configure a context
            CommandLineLogging logging = new CommandLineLogging();
            logging.setContext(context);
            ExecutionStatus status = logging.configure(context);

            // Then it leaves the context to Logback's reading of that file
            assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders())
                    .isExhausted();
        } finally {
            if (before == null) {
                System.clearProperty(CommandLineLogging.CONFIGURATION_FILE);
            } else {
                System.setProperty(CommandLineLogging.CONFIGURATION_FILE, before);
            }
        }
    }
}
