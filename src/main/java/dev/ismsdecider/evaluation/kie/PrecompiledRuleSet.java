package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.RuleSetSource;

import org.drools.base.util.Drools;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The packaged rule set as compiled at build time: the Drools executable model that
 * {@link RuleSetPrecompiler} generates from the DRL into the application's classes, and an index beside
 * the DRL files naming its model class, the SHA-256 of the rule set it was compiled from and the Drools
 * version that compiled it. Loading it builds the KieBase from those classes, without the DRL compiler.
 * <p>
 * It stands in for a rule set only when both digests and both Drools versions are equal. Otherwise (an
 * edited DRL file whose build step has not run yet, a class path without the compiled rules) it is not
 * used, a warning says why, and the caller compiles the DRL at run time as before.
 */
public final class PrecompiledRuleSet {

    /** The index, a class-path resource beside the packaged DRL files. */
    static final String INDEX = "rules/precompiled.properties";
    private static final String SHA256 = "sha256";
    private static final String VERSION = "version";
    private static final String DROOLS = "drools";
    private static final String MODEL = "model";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRuleSet.class);

    private PrecompiledRuleSet() {
    }

    /** The KieBase compiled at build time from exactly this rule set, or empty (with a warning saying why). */
    public static Optional<KieBase> kieBaseFor(RuleSetSource source) {
        Properties index = index();
        if (index == null) {
            LOG.warn("No pre-compiled rule set on the class path ({}); compiling the DRL of {}", INDEX, source.origin());
            return Optional.empty();
        }
        Optional<String> stale = staleness(index, source);
        if (stale.isPresent()) {
            LOG.warn("The pre-compiled rule set does not fit ({}); compiling the DRL of {}", stale.get(), source.origin());
            return Optional.empty();
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(model(index.getProperty(MODEL))));
    }

    /**
     * Why an index does not describe the rule set {@code source} compiled by this Drools, or empty if it
     * does: the SHA-256 (which covers every file of the rule set) and the Drools version must both match.
     */
    static Optional<String> staleness(Properties index, RuleSetSource source) {
        String compiledFrom = index.getProperty(SHA256, "");
        if (!compiledFrom.equals(source.sha256())) {
            return Optional.of("compiled from SHA-256 " + compiledFrom + ", the rule set is " + source.sha256());
        }
        String compiledBy = index.getProperty(DROOLS, "");
        if (!compiledBy.equals(Drools.getFullVersion())) {
            return Optional.of("compiled by Drools " + compiledBy + ", running " + Drools.getFullVersion());
        }
        return Optional.empty();
    }

    /** The index on the class path, or {@code null} if there is none. */
    private static Properties index() {
        try (InputStream in = PrecompiledRuleSet.class.getClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    /** The index under a classes folder, or {@code null} if there is none (build time). */
    static Properties index(Path classes) {
        Path file = classes.resolve(INDEX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The class-path name of the model class named by an index, e.g. {@code rules/Rules1A2B….class}. */
    static String modelClassFile(Properties index) {
        return index.getProperty(MODEL, "").replace('.', '/') + ".class";
    }

    /** Writes the index for {@code source}, compiled into the model class {@code modelClass}, under a classes folder. */
    static void writeIndex(Path classes, RuleSetSource source, String modelClass) throws IOException {
        Properties index = new Properties();
        index.setProperty(VERSION, source.version());
        index.setProperty(SHA256, source.sha256());
        index.setProperty(DROOLS, Drools.getFullVersion());
        index.setProperty(MODEL, modelClass);
        try (OutputStream out = Files.newOutputStream(classes.resolve(INDEX))) {
            index.store(out, "The packaged rule set, compiled at build time by " + RuleSetPrecompiler.class.getName());
        }
    }

    private static Properties read(InputStream in) throws IOException {
        Properties index = new Properties();
        index.load(in);
        return index;
    }

    private static Model model(String className) {
        try {
            return (Model) Class.forName(className, true, PrecompiledRuleSet.class.getClassLoader()).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the pre-compiled rule set names model class " + className + ", which cannot be loaded", e);
        }
    }
}
