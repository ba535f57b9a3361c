package dev.ismsdecider.records;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The records database, H2 or PostgreSQL, with its schema brought up to date by Flyway (the scripts of
 * {@code db/records/common}, then those of {@code db/records/h2} or {@code db/records/postgresql}). The server hands in its pooled data source; the command
 * line opens one by URL.
 */
public final class RecordsDatabase {

    /** Where {@code serve} and the command line keep records when no database is named: an H2 file under ./data. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/records";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private RecordsDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The database behind a data source, migrated to the current schema. */
    public static RecordsDatabase migrated(DataSource dataSource) {
        String vendor = vendor(dataSource);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/records/common", "classpath:db/records/" + vendor)
                    .placeholders(Map.of("entry_type", "h2".equals(vendor) ? "CLOB" : "TEXT"))
                    .table("records_schema_history").load().migrate();
        } catch (FlywayException e) {
            throw new RecordsException("the records database cannot be brought up to date: " + e.getMessage(), e);
        }
        return new RecordsDatabase(dataSource);
    }

    /** Opens the database at a JDBC URL (H2 or PostgreSQL) without a pool, for the command line; migrates it. */
    public static RecordsDatabase open(String url, String user, String password) {
        // Without a pool every statement opens a connection of its own, and H2 closes an embedded database with its
        // last connection: threads opening and closing it at once can then find the file half closed. It stays open
        // until the process ends instead.
        String opened = url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY") ? url + ";DB_CLOSE_DELAY=-1" : url;
        Driver driver;
        try {
            driver = DriverManager.getDriver(opened);
        } catch (SQLException e) {
            throw new RecordsException("no database driver for " + url + "; use jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB", e);
        }
        return migrated(new SimpleDriverDataSource(driver, opened, blankToNull(user), blankToNull(password)));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    DataSource dataSource() {
        return dataSource;
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("postgresql")) {
                return "postgresql";
            }
            throw new RecordsException("records are kept in H2 or PostgreSQL, not in " + product, null);
        } catch (SQLException e) {
            throw new RecordsException("the records database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
