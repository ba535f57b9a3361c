package dev.ismsdecider.clauses;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared fixtures of the clause tests: the packaged vocabulary and checker, and a way to make a clause. */
final class ClauseFixtures {

    static final String VOCABULARY_FILE = "clauses/vocabulary.json";
    static final String VOCABULARY_JSON = resource("rules/" + VOCABULARY_FILE);
    /** The packaged rule set's checker: the reader, with the reading rules run by the engine. */
    static final ClauseChecker CHECKER = DecisionEngine.packaged().clauseChecker();

    /** A checker over another vocabulary, read by the packaged rule set's reading rules. */
    static ClauseChecker checker(Vocabulary vocabulary) {
        ClauseChecker packaged = CHECKER;
        return ClauseChecker.of(vocabulary, mentions -> packaged.readAllMentions(mentions));
    }

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
