package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.ratelimit.RequestGate;

import java.lang.System.Logger.Level;

/**
 * Checks a token with the cheapest request there is (one property id) before it is accepted, so a
 * typo shows up on the sign-in screen rather than as failures later. Blocks: call off the FX thread.
 */
public final class TokenVerifier {
    private static final System.Logger LOG = System.getLogger(TokenVerifier.class.getName());
    static final ListQuery PROBE = ListQuery.all().withPage(1, 1).withFields("id");

    /** Makes a client for one check; tests may return a fake. */
    public interface ClientFactory {
        PropertyApi create(Endpoint endpoint, ApiToken token);
    }

    private final ClientFactory clients;

    public TokenVerifier(ClientFactory clients) {
        this.clients = clients;
    }

    /** Checks over HTTP with the usual client. The probe is outside the rate budget: nothing else runs before sign-in. */
    public static TokenVerifier overHttp() {
        return new TokenVerifier((endpoint, token) -> HoodClient.create(endpoint, token, RequestGate.UNLIMITED));
    }

    public TokenCheck verify(Endpoint endpoint, ApiToken token) throws InterruptedException {
        try {
            clients.create(endpoint, token).list(PROBE);
            LOG.log(Level.INFO, "Token accepted by {0}", endpoint);
            return new TokenCheck.Accepted();
        } catch (HoodApiException e) {
            LOG.log(Level.INFO, "Token check against {0} failed: {1}", endpoint, e.error().summary());
            return describe(endpoint, e);
        }
    }

    private static TokenCheck describe(Endpoint endpoint, HoodApiException e) {
        switch (e.kind()) {
            case UNAUTHORIZED:
            case FORBIDDEN:
                return new TokenCheck.Refused("The token was refused by the server (HTTP " + e.error().status()
                        + "). Check that it was copied whole and is meant for this API URL.");
            case NETWORK:
                return new TokenCheck.Unreachable("Could not reach " + endpoint
                        + ". Check the API URL and your network connection.");
            default:
                return new TokenCheck.Failed("The server could not check the token: " + e.error().summary());
        }
    }
}
