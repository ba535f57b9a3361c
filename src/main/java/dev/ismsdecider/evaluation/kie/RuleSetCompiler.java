package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.RuleFile;
import dev.ismsdecider.evaluation.RuleProblem;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.evaluation.RuleSetSource;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.util.List;
import java.util.UUID;

/**
 * Compiles a rule set through the KIE API. At run time ({@link #compile}) in classic DRL mode, so that
 * compile errors keep their file and line; each build gets its own ReleaseId, and the module is removed
 * from the KIE repository once the KieBase exists, so rebuilding never leaks or mixes modules. At build
 * time, {@link RuleSetPrecompiler} goes through {@link #build} with the executable model instead.
 */
public final class RuleSetCompiler {

    /** Where the DRL files sit in the KieFileSystem; the DRL package {@code rules} matches it. */
    private static final String KFS_FOLDER = "src/main/resources/rules/";

    private RuleSetCompiler() {
    }

    /** The rule set compiled from its DRL, classic mode. */
    public static KieBase compile(RuleSetSource source) {
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId("dev.ismsdecider", "ruleset-" + UUID.randomUUID(), source.version());
        build(source, releaseId, DrlProject.class);
        KieContainer container = kie.newKieContainer(releaseId);
        try {
            return container.getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Builds the rule set as a KIE module of the given kind ({@code DrlProject} for classic DRL, or the
     * executable model), added to the KIE repository under {@code releaseId}.
     *
     * @throws RuleSetException with every error the compiler reports; the module is removed then
     */
    static InternalKieModule build(RuleSetSource source, ReleaseId releaseId, Class<? extends KieBuilder.ProjectType> kind) {
        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleFile file : source.files()) {
            files.write(KFS_FOLDER + file.name(), file.content());
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll(kind);
        List<RuleProblem> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(message -> toProblem(source, message))
                .toList();
        if (!errors.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(errors);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    /** The compiler names files by their KieFileSystem path, with or without the resources prefix. */
    private static RuleProblem toProblem(RuleSetSource source, Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String file = name.isEmpty() ? source.locate("") : source.locate(name);
        return new RuleProblem(file, Math.max(message.getLine(), 0), message.getText().strip());
    }
}
