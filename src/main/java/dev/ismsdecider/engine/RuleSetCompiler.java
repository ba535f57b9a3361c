package dev.ismsdecider.engine;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.KieBase;

import java.util.List;
import java.util.UUID;

/**
 * Compiles a rule set into a KieBase through the KIE API, in classic DRL mode so that compile errors
 * keep their file and line. Each build gets its own ReleaseId, and the module is removed from the KIE
 * repository once the KieBase exists, so rebuilding never leaks or mixes modules.
 */
final class RuleSetCompiler {

    /** Where the DRL files sit in the KieFileSystem; the DRL package {@code rules} matches it. */
    private static final String KFS_FOLDER = "src/main/resources/rules/";

    private RuleSetCompiler() {
    }

    static KieBase compile(RuleSetSource source) {
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId("dev.ismsdecider", "ruleset-" + UUID.randomUUID(), source.version());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleFile file : source.files()) {
            files.write(KFS_FOLDER + file.name(), file.content());
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<RuleProblem> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(message -> toProblem(source, message))
                .toList();
        if (!errors.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(errors);
        }
        KieContainer container = kie.newKieContainer(releaseId);
        try {
            return container.getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /** The compiler names files by their KieFileSystem path, with or without the resources prefix. */
    private static RuleProblem toProblem(RuleSetSource source, Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String file = name.isEmpty() ? source.locate("") : source.locate(name);
        return new RuleProblem(file, Math.max(message.getLine(), 0), message.getText().strip());
    }
}
