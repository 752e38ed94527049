package dev.hoodadmin.cli;

import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.engine.AccountWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code list}: every matching property (all pages) to stdout as CSV or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = {"Print profile properties (all pages) to stdout.",
                "Without --filter or --q, the account's kept copy is brought up to date with only the rows changed "
                        + "since (a full read the first time); --cached answers from the copy with no request.",
                "CSV is spreadsheet-safe: a cell starting with = + - or @ gets a leading '. "
                        + "The token is read from HOOD_API_TOKEN only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed", "1:the request failed", "2:usage or configuration error",
                "3:the server refused the token"})
public final class ListCommand extends CliCommand {

    /** Lower case, so help and the option read {@code --format csv|json} as people type them. */
    enum Format { csv, json }

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--q", paramLabel = "TEXT", description = "Only properties whose target, label or description contains TEXT.")
    String search;

    @Option(names = "--filter", paramLabel = "FIELD=[op:]VALUE",
            description = {"Filter, repeatable, e.g. system=0, data_type=neq:text, id=in:1000105,1000106, "
                    + "update_time=gt:2024-01-01 00:00:00.",
                    "Operators: eq (default), neq, gt, gte, lt, lte, in, nin, is, isn, r, rf, rl, rr."})
    List<String> filters = new ArrayList<>();

    @Option(names = "--cached", description = "Answer from the properties kept on this computer, without a request.")
    boolean cached;

    public ListCommand() {
        this(CliEnvironment.system());
    }

    ListCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    protected int run() throws CliException, InterruptedException {
        ListQuery query = query();
        try (AccountWorkspace workspace = account.open(environment)) {
            PropertySink sink = format == Format.json ? PropertySink.json(out()) : PropertySink.csv(out());
            PropertyDump.dump(workspace, query, cached, sink);
            return ExitCodes.OK;
        } catch (HoodApiException e) {
            throw CliException.request("listing failed", e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.SOME_FAILED, "writing the list failed: " + e.getMessage());
        }
    }

    private ListQuery query() throws CliException {
        ListQuery query = ListQuery.all();
        if (search != null && !search.isEmpty()) query = query.withSearch(search);
        for (String expression : filters) {
            try {
                query = query.withFilter(Filter.parse(expression));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--filter " + e.getMessage());
            }
        }
        return query;
    }
}
