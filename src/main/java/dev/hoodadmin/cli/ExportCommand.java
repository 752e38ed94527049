package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code export --out FILE.csv}: every property of the account to a spreadsheet-safe CSV file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Write every profile property to a CSV file (RFC 4180, UTF-8).",
                "Spreadsheet-safe: a cell starting with = + - or @ gets a leading '. The file appears only once "
                        + "complete. The token is read from HOOD_API_TOKEN only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:exported", "1:a request or the write failed", "2:usage or configuration error",
                "3:the server refused the token"})
public final class ExportCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path outFile;

    @Option(names = "--cached", description = "Write the properties kept on this computer, without a request.")
    boolean cached;

    public ExportCommand() {
        this(CliEnvironment.system());
    }

    ExportCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        Path target = outFile.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (AccountWorkspace workspace = account.open(environment)) {
            int count;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                count = PropertyDump.dump(workspace, ListQuery.all(), cached, PropertySink.csv(writer));
            }
            moveIntoPlace(partial, target);
            err().println("Exported " + count + " properties to " + outFile + ".");
            return ExitCodes.OK;
        } catch (HoodApiException e) {
            throw CliException.request("export failed", e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.SOME_FAILED, "cannot write " + outFile + ": " + e.getMessage());
        } finally {
            deleteQuietly(partial);
        }
    }

    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover hidden .partial file does no harm
        }
    }
}
