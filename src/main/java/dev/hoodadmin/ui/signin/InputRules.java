package dev.hoodadmin.ui.signin;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;

/** What is wrong with typed input, as one sentence for under the field; empty when nothing is. */
final class InputRules {
    private InputRules() {
    }

    static String urlProblem(String url) {
        if (url == null || url.isBlank()) return Texts.get("signin.url.missing", Endpoint.DEFAULT_URL);
        try {
            Endpoint.parse(url);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** An empty token is not reported: it only keeps "Sign in" disabled. */
    static String tokenProblem(String token) {
        if (token == null || token.isBlank()) return "";
        try {
            ApiToken.of(token);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
