package dev.ismsdecider.evaluation;

import dev.ismsdecider.clauses.Vocabulary;
import dev.ismsdecider.clauses.VocabularyException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The text of a rule set: a folder holding {@code ruleset.properties} (its version, its DRL files in
 * load order and, under {@code clauseVocabulary}, the words the clause reader looks for) and those
 * files. Packaged in the jar under {@code rules/}, or read from any folder. {@code origin} is how errors
 * name that folder: {@code rules/} for the packaged set.
 */
public record RuleSetSource(String origin, String version, List<RuleFile> files, RuleFile clauseVocabulary) {

    /** Name of the index file of a rule-set folder. */
    public static final String INDEX = "ruleset.properties";
    private static final String CLASSPATH_FOLDER = "rules/";

    public RuleSetSource {
        files = List.copyOf(files);
    }

    /** A rule set without a clause vocabulary: its contract clauses all stay open questions. */
    public RuleSetSource(String origin, String version, List<RuleFile> files) {
        this(origin, version, files, null);
    }

    /**
     * This rule set's clause vocabulary, checked entry by entry; null when the rule set has none.
     *
     * @throws RuleSetException naming the vocabulary file and the entry at fault
     */
    public Vocabulary vocabulary() {
        if (clauseVocabulary == null) {
            return null;
        }
        try {
            return Vocabulary.parse(clauseVocabulary.name(), clauseVocabulary.content());
        } catch (VocabularyException e) {
            throw new RuleSetException(List.of(new RuleProblem(locate(e.file()), 0, e.detail())));
        }
    }

    /** The rule set packaged with the application. */
    public static RuleSetSource packaged() {
        return read(name -> RuleSetSource.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name), CLASSPATH_FOLDER);
    }

    /** The rule set in {@code folder}, or the packaged one when no folder is given ({@code null}). */
    public static RuleSetSource packagedOr(Path folder) {
        return folder == null ? packaged() : fromDirectory(folder);
    }

    /** A rule set in a folder on disk, e.g. one being edited. */
    public static RuleSetSource fromDirectory(Path folder) {
        return read(name -> {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }, folder + java.io.File.separator);
    }

    /**
     * SHA-256 over the files in load order and then the clause vocabulary, each as its name, a NUL byte,
     * its UTF-8 content and a NUL byte; the hex digest identifies exactly the rules and words that
     * produced an assessment.
     */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<RuleFile> hashed = new ArrayList<>(files);
            if (clauseVocabulary != null) {
                hashed.add(clauseVocabulary);
            }
            for (RuleFile file : hashed) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    /** Where a file of this rule set is, as a user would look for it. */
    public String locate(String fileName) {
        return origin + fileName;
    }

    private static RuleSetSource read(Opener opener, String where) {
        Properties index = new Properties();
        String indexText = text(opener, INDEX, where);
        try {
            index.load(new StringReader(indexText));
        } catch (IOException | IllegalArgumentException e) {
            throw problem(where + INDEX, "cannot read the index: " + e.getMessage());
        }
        String version = index.getProperty("version", "").trim();
        String listed = index.getProperty("files", "").trim();
        if (version.isEmpty() || listed.isEmpty()) {
            throw problem(where + INDEX, "must give 'version' and 'files'");
        }
        List<RuleFile> files = new ArrayList<>();
        for (String name : Arrays.stream(listed.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList()) {
            files.add(new RuleFile(name, text(opener, name, where)));
        }
        String vocabulary = index.getProperty("clauseVocabulary", "").trim();
        return new RuleSetSource(where, version, files, vocabulary.isEmpty() ? null : new RuleFile(vocabulary, text(opener, vocabulary, where)));
    }

    private static String text(Opener opener, String name, String where) {
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                throw problem(where + name, "not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(where + name, "cannot be read: " + e.getMessage());
        }
    }

    private static RuleSetException problem(String file, String message) {
        return new RuleSetException(List.of(new RuleProblem(file, 0, message)));
    }
}
