package dev.hoodadmin.cli;

import picocli.CommandLine.Option;

/** {@code --account}, shared by every command that works on an account (a picocli mixin). */
final class AccountOption {
    @Option(names = "--account", paramLabel = "NAME",
            description = "The account the window knows by this name (default: the one whose API URL matches, "
                    + "else a folder of its own for that URL).")
    String name;
}
