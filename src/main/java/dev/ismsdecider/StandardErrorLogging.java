package dev.ismsdecider;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;

/**
 * How a process started from this jar logs until Spring takes over: to standard error, so that standard
 * output carries only the report. Logback finds this class through {@code META-INF/services} and runs it
 * instead of reading {@code logback.xml}: parsing that file costs a fresh JVM a good part of a second of CPU,
 * a noticeable share of a command-line run. The server's Spring Boot then configures logging again from
 * {@code logback.xml}, so the two must say the same ({@code LoggingSetupTests} compares them).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class StandardErrorLogging extends ContextAwareBase implements Configurator {

    /**
     * The layout of every line, as in {@code logback.xml}; {@code %X{request}} is "[id] " while the server serves
     * a request (dev.ismsdecider.api.RequestIdFilter) and empty otherwise.
     */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %X{request}%logger{36} - %msg%n";
    /** Level of everything not named in {@link #LEVELS}. */
    static final Level ROOT_LEVEL = Level.INFO;
    /**
     * The quieter libraries: the rule engine reports its KieBase builds at INFO, which is noise for users;
     * PDFBox warns about font substitutions and damaged streams that the contract readers check themselves.
     */
    static final Map<String, Level> LEVELS = Map.of(
            "org.drools", Level.WARN,
            "org.kie", Level.WARN,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(ROOT_LEVEL);
        root.addAppender(appender);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
