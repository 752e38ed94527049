package dev.hoodadmin.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --state-dir}, shared by the commands that keep pending edits (a picocli mixin). */
final class StateDirOption {
    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where accounts, pending edits and kept properties live (default: $HOOD_ADMIN_HOME, else the "
                    + "app-data folder the window uses).")
    Path value;
}
