package org.conductpolicy.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging: warnings and errors on standard error, so that standard output holds only
 * what a command prints (a decision, a report). Logback finds this as a service and runs it before it looks
 * for a {@code logback.xml}; set up in code, it spares a short run the XML parser, which was about a tenth
 * of its start-up. A configuration given with {@code -Dlogback.configurationFile=FILE} is read instead.
 */
public final class CommandLineLogging extends ContextAwareBase implements Configurator {
    /** The system property that names a Logback configuration file. */
    static final String CONFIGURATION_FILE = "logback.configurationFile";

    /** Created by Logback's service loader. */
    public CommandLineLogging() {}

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(CONFIGURATION_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{24} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> standardError = new ConsoleAppender<>();
        standardError.setContext(context);
        standardError.setName("STDERR");
        standardError.setTarget("System.err");
        standardError.setEncoder(encoder);
        standardError.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(standardError);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
