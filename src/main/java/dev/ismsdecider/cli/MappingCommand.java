package dev.ismsdecider.cli;

import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.MappingFilter;
import dev.ismsdecider.mapping.MappingFormat;
import dev.ismsdecider.mapping.MappingSelection;
import dev.ismsdecider.mapping.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code mapping}: the IEC 62443 to ISO/IEC 27001:2022 Annex A control mapping, whole or filtered. */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Print the IEC 62443 to ISO/IEC 27001:2022 Annex A control mapping (EV-2), with provenance and confidence.")
final class MappingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json or oscal (default: ${DEFAULT-VALUE})")
    MappingFormat format;

    @Option(names = "--standard", paramLabel = "STANDARD", description = "only pairs from IEC_62443_3_3 or ISA_62443_2_1")
    Standard standard;

    @Option(names = "--sr", paramLabel = "SR", description = "only this IEC 62443-3-3 system requirement, e.g. \"SR 1.1\"")
    String sr;

    @Option(names = "--annex-a", paramLabel = "CONTROL", description = "only this ISO/IEC 27001:2022 Annex A control, e.g. A.5.15")
    String annexA;

    @Option(names = "--fr", paramLabel = "FR", description = "only system requirements of this foundational requirement, e.g. FR5")
    String fr;

    @Override
    public Integer call() {
        ControlMapping mapping = ControlMapping.packaged();
        MappingSelection selection;
        try {
            selection = mapping.select(new MappingFilter(standard, sr, annexA, fr));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Cli.INVALID_INPUT;
        }
        spec.commandLine().getOut().print(format.render(mapping, selection));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
