package dev.hoodadmin.cli;

import picocli.CommandLine.Command;

/** {@code outbox}: looks into the account's queue of edits (its subcommand {@code list}). */
@Command(name = "outbox", mixinStandardHelpOptions = true, versionProvider = CliVersionProvider.class,
        description = "Look into the account's queue of edits.", subcommands = OutboxListCommand.class)
public final class OutboxCommand {
}
