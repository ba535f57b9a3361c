package dev.ismsdecider.records;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh records databases for tests: an H2 file in a temporary folder, or a schema of its own in a real PostgreSQL.
 * <p>
 * PostgreSQL is named by the system property {@code records.test.postgres.url} or the environment variable
 * {@code RECORDS_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/records_test?user=postgres});
 * {@code .ci/run} starts one and passes its URL. When it cannot be reached, the PostgreSQL tests fail under CI
 * ({@code CI=true}) and are skipped elsewhere.
 */
public final class TestDatabases {

    /** The JUnit tag of the tests that need PostgreSQL. */
    public static final String POSTGRESQL = "postgresql";
    private static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/records_test?user=postgres";

    private TestDatabases() {
    }

    /** The JDBC URL of a new, empty H2 file database in a temporary folder. */
    public static String h2() {
        try {
            return "jdbc:h2:file:" + Files.createTempDirectory("records-test").resolve("records").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of a new, empty schema in the test PostgreSQL; fails under CI and skips elsewhere when there is none. */
    public static String postgres() {
        String base = System.getProperty("records.test.postgres.url", System.getenv().getOrDefault("RECORDS_TEST_POSTGRES_URL", DEFAULT_POSTGRES));
        String schema = "records_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            createDatabaseIfMissing(base);
            try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
        } catch (SQLException e) {
            String why = "PostgreSQL not reachable at " + base + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " (CI=true: the PostgreSQL tests must run; .ci/run starts one)");
            }
            Assumptions.abort(why);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * Drops the schema of a URL made by {@link #postgres()} with everything in it (a benchmark's chain is some GB).
     */
    public static void dropPostgresSchema(String url) throws SQLException {
        java.util.regex.Matcher schema = java.util.regex.Pattern.compile("[?&]currentSchema=(records_[0-9a-f]{16})$").matcher(url);
        if (!schema.find()) {
            throw new SQLException("not a URL of a schema made by TestDatabases.postgres(): " + url);
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema.group(1) + " CASCADE");
        }
    }

    /** A fresh machine's cluster has no test database yet: it is made from the maintenance database {@code postgres}. */
    private static synchronized void createDatabaseIfMissing(String url) throws SQLException {
        try (Connection ignored = DriverManager.getConnection(url)) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) { // invalid_catalog_name: the database does not exist
                throw e;
            }
        }
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(.*)").matcher(url);
        if (!parts.matches()) {
            throw new SQLException("cannot tell the database name in " + url);
        }
        try (Connection connection = DriverManager.getConnection(parts.group(1) + "postgres" + parts.group(3));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + parts.group(2));
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: another test JVM was first
                throw e;
            }
        }
    }
}
