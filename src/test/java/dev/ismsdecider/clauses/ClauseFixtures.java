package dev.ismsdecider.clauses;

import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import dev.ismsdecider.facts.PartyKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared fixtures of the clause tests: the packaged vocabulary and a way to make a clause. */
final class ClauseFixtures {

    static final String VOCABULARY_FILE = "clauses/vocabulary.json";
    static final String VOCABULARY_JSON = resource("rules/" + VOCABULARY_FILE);
    static final ClauseChecker CHECKER = ClauseChecker.fromJson(VOCABULARY_FILE, VOCABULARY_JSON);

    private ClauseFixtures() {
    }

    static ContractClause clause(String text) {
        return new ContractClause("T-1", "Test Customer GmbH", PartyKind.CUSTOMER, text);
    }

    static String resource(String name) {
        try (InputStream in = ClauseFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
