package dev.ismsdecider.server.api;

import dev.ismsdecider.records.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/** The records endpoints on a real PostgreSQL (see {@link TestDatabases#postgres()}). */
@Tag(TestDatabases.POSTGRESQL)
class PostgresRecordsApiTests extends RecordsApiContract {

    private static String url;

    /** Before the server starts: without PostgreSQL the class fails under CI and is skipped elsewhere. */
    @BeforeAll
    static void schema() {
        url = TestDatabases.postgres();
    }

    /** The schema goes with the class, so runs leave nothing behind in the test database. */
    @AfterAll
    static void dropSchema() throws SQLException {
        if (url != null) {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
    }
}
