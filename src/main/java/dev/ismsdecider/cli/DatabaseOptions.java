package dev.ismsdecider.cli;

import dev.ismsdecider.records.RecordsDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The records database a command works on (a picocli mixin): the server's default H2 file under ./data, or the
 * database a JDBC URL names. The password is best given in DECIDER_DB_PASSWORD, where other users' process lists do
 * not show it.
 */
@Command // picocli accepts a mixin only with an annotation of its own
final class DatabaseOptions {

    /** A chain does not match: verification named the first entry that does not. */
    static final int CHAIN_BROKEN = 3;
    /** The database cannot be opened or used. */
    static final int DATABASE_UNAVAILABLE = 4;

    @Option(names = "--db", paramLabel = "URL", defaultValue = RecordsDatabase.DEFAULT_URL,
            description = "JDBC URL of the records database: jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:DECIDER_DB_USER}",
            description = "database user (default: $DECIDER_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:DECIDER_DB_PASSWORD}",
            description = "database password (default: $DECIDER_DB_PASSWORD)")
    String password;

    RecordsDatabase open() {
        return RecordsDatabase.open(url, user, password);
    }
}
