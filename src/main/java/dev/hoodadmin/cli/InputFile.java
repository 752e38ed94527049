package dev.hoodadmin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An input file named on the command line: its bytes, or a usage error (exit 2) that names it. */
final class InputFile {
    private InputFile() {
    }

    static byte[] read(Path input) throws CliException {
        try {
            return Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw CliException.usage("cannot read " + input + ": no such file");
        } catch (IOException e) {
            throw CliException.usage("cannot read " + input + ": " + e.getMessage());
        }
    }

    /** The file's name for messages ("edits.csv line 7 …"). */
    static String name(Path input) {
        return input.getFileName() == null ? input.toString() : input.getFileName().toString();
    }
}
