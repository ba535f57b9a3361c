package dev.ismsdecider.cli;

import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.RecordsException;
import dev.ismsdecider.records.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code keys create}: API keys for the records endpoints, made on the server's own database (the first admin's, say). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the API keys of the records endpoints.",
        subcommands = KeysCommand.Create.class)
final class KeysCommand {
    // without a subcommand, picocli answers "Missing required subcommand" with the usage, exit 2

    /** Creates a key and prints it once, alone on the last line, so that a script can take it with {@code tail -n 1}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API key for a tenant; the key is printed once, alone on the last line, and stored only as a hash.")
    static final class Create implements Callable<Integer> {

        @Mixin
        FileCommandIo io;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--tenant", required = true, paramLabel = "TENANT", description = "the client (tenant) the key belongs to")
        String tenant;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "CONSULTANT, REVIEWER or ADMIN")
        Role role;

        @Option(names = "--name", paramLabel = "NAME", description = "who uses the key; recorded as the author of what it stores")
        String name;

        @Override
        public Integer call() {
            ApiKey.Issued issued;
            try {
                issued = new ApiKeys(database.open()).create(tenant, role, name);
            } catch (IllegalArgumentException e) {
                return io.fail(Cli.INVALID_INPUT, e.getMessage());
            } catch (RecordsException e) {
                return io.fail(DatabaseOptions.DATABASE_UNAVAILABLE, e.getMessage());
            }
            ApiKey key = issued.key();
            return io.print("Created API key " + key.id() + " (" + key.name() + ") for tenant " + key.tenant() + " with role " + key.role()
                    + ".\nIt is shown only now: the database keeps its SHA-256 only.\n" + issued.secret() + "\n");
        }
    }
}
