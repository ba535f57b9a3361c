package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.evaluation.RuleSetSource;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Build step, run by Maven after the Java sources are compiled ({@code process-classes}, see
 * {@code pom.xml}): compiles the packaged rule set into the Drools executable model and writes its
 * classes, and the index of {@link PrecompiledRuleSet}, into the classes folder, so that they travel in
 * the jar beside the DRL files they were compiled from.
 * <p>
 * Usage: {@code RuleSetPrecompiler CLASSES_FOLDER}, with that folder on the class path (its
 * {@code rules/} is the rule set compiled). Does nothing when the index there already describes that
 * rule set. A rule set that does not compile fails the build, with file, line and message from the
 * classic compiler where it has them.
 */
public final class RuleSetPrecompiler {

    /** The package of the DRL files, and so of the generated classes: {@code rules/} in the classes folder. */
    private static final String RULES_PACKAGE = "rules/";

    private RuleSetPrecompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RuleSetPrecompiler CLASSES_FOLDER");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        RuleSetSource source = RuleSetSource.packaged();
        Properties index = PrecompiledRuleSet.index(classes);
        if (index != null && PrecompiledRuleSet.staleness(index, source).isEmpty()
                && Files.isRegularFile(classes.resolve(PrecompiledRuleSet.modelClassFile(index)))) {
            return;
        }
        long start = System.nanoTime();
        try {
            precompile(source, classes);
        } catch (RuleSetException e) {
            System.err.println("The packaged rule set does not compile: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("Rule set %s (SHA-256 %s) compiled to the executable model in %d ms%n",
                source.version(), source.sha256(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Replaces the generated classes under {@code classes/rules/} by those of {@code source}, then writes the index. */
    static void precompile(RuleSetSource source, Path classes) throws IOException {
        InternalKieModule module = compile(source);
        deleteGeneratedClasses(classes.resolve(RULES_PACKAGE));
        String modelClass = null;
        for (String name : module.getFileNames()) {
            if (name.startsWith(RULES_PACKAGE) && name.endsWith(".class")) {
                Path file = classes.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                modelClass = modelClassOf(new String(module.getBytes(name), StandardCharsets.UTF_8));
            }
        }
        if (modelClass == null) {
            throw new IllegalStateException("the executable model of the rule set names no model class");
        }
        PrecompiledRuleSet.writeIndex(classes, source, modelClass);
    }

    /**
     * The executable model of the rule set. Its build errors carry no line numbers, so when it fails, the
     * classic compiler is asked first: its errors name file and line.
     */
    private static InternalKieModule compile(RuleSetSource source) {
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId("dev.ismsdecider", "packaged-rules", source.version());
        try {
            InternalKieModule module = RuleSetCompiler.build(source, releaseId, ExecutableModelProject.class);
            kie.getRepository().removeKieModule(releaseId);
            return module;
        } catch (RuleSetException executableModelErrors) {
            RuleSetCompiler.compile(source);
            throw executableModelErrors;
        }
    }

    /** The model file lists the model classes, one a line, after a {@code Drools-Model-Version:} line. */
    private static String modelClassOf(String modelFile) {
        List<String> classes = modelFile.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).toList();
        if (classes.size() != 1) {
            throw new IllegalStateException("expected one model class for the package rules, found " + classes);
        }
        return classes.get(0);
    }

    /** Class files only: the DRL files and the index in the same folder stay. */
    private static void deleteGeneratedClasses(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Files.delete(file);
            }
        }
    }
}
