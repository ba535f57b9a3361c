package dev.ismsdecider.server.api;

import dev.ismsdecider.records.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The records endpoints on an H2 file database. */
class H2RecordsApiTests extends RecordsApiContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabases.h2();
        registry.add("spring.datasource.url", () -> url);
    }
}
