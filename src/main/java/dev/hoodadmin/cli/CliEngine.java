package dev.hoodadmin.cli;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.account.ConnectionSettings;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ratelimit.RequestGate;

import java.time.Duration;
import java.util.Optional;

/**
 * The engine one command run uses, the same as the app's: the Hood client behind a fresh rate budget.
 * The token comes only from HOOD_API_TOKEN and is never printed.
 */
final class CliEngine {
    private final Endpoint endpoint;
    private final RequestGate gate;
    private final HoodClient client;

    private CliEngine(Endpoint endpoint, RequestGate gate, HoodClient client) {
        this.endpoint = endpoint;
        this.gate = gate;
        this.client = client;
    }

    /** @throws CliException (exit 2) for a bad URL or a missing or malformed token */
    static CliEngine connect(CliEnvironment environment, String apiUrlOption) throws CliException {
        ConnectionSettings settings = environment.connectionSettings();
        Endpoint endpoint;
        try {
            endpoint = settings.endpoint(apiUrlOption);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        ApiToken token;
        try {
            token = settings.token().orElseThrow(() -> CliException.usage(ConnectionSettings.TOKEN_VARIABLE
                    + " is not set. Put your Hood API token in that environment variable (never on the command line)."));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(ConnectionSettings.TOKEN_VARIABLE + ": " + e.getMessage());
        }
        RequestGate gate = environment.gates().newGate();
        return new CliEngine(endpoint, gate, HoodClient.create(endpoint, token, gate));
    }

    Endpoint endpoint() {
        return endpoint;
    }

    HoodClient client() {
        return client;
    }

    /** How long the budget needs for this many more requests, when the gate is a rate budget. */
    Optional<Duration> estimate(int requests) {
        return gate instanceof RateBudget budget ? Optional.of(budget.estimateDuration(requests)) : Optional.empty();
    }
}
