package dev.hoodadmin.logging;

import dev.hoodadmin.api.ApiToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log: every token registered at sign-in (also in URL-encoded
 * form) and anything that follows "Bearer ". Registered tokens stay registered for the life of the
 * app: a stack trace about a signed-out account must not leak it either.
 */
public final class SecretRedactor {
    public static final String MASK = "****";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    public void register(ApiToken token) {
        String value = token.revealForRedaction();
        secrets.add(value);
        secrets.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String result = text;
        // longest first, so a token that contains another registered one is masked whole
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = result.replace(secret, MASK);
        }
        return BEARER.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
