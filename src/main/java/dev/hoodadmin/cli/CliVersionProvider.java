package dev.hoodadmin.cli;

import dev.hoodadmin.api.Version;
import picocli.CommandLine;

/** {@code --version} of every subcommand. */
final class CliVersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"Hood Admin " + Version.current()};
    }
}
