package dev.hoodadmin.cli;

import picocli.CommandLine.Option;

/** {@code --api-url}, shared by every command that talks to the API (a picocli mixin). */
public final class ApiUrlOption {
    @Option(names = "--api-url", paramLabel = "URL",
            description = "Hood API base URL (default: $HOOD_API_URL, else https://api.ocamba.com).")
    String value;

    /** The option as given, or null (then the environment or the default decides). */
    public String value() {
        return value;
    }
}
