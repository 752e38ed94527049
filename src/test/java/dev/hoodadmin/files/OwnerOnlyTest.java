package dev.hoodadmin.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class OwnerOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aFolderThatOthersCouldReadIsNarrowed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(OwnerOnly.createFolder(folder)).isEqualTo(folder);

        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(OwnerOnly.FOLDER_PERMISSIONS);
    }

    @Test
    void aNewFileIsOwnerOnlyAndNeverReplacesAnExistingOne() throws Exception {
        Path file = dir.resolve("new.json");

        OwnerOnly.createFile(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnly.FILE_PERMISSIONS);
        assertThatThrownBy(() -> OwnerOnly.createFile(file)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void ensuringAFileKeepsItsContentAndNarrowsIt() throws Exception {
        Path file = dir.resolve("old.db");
        Files.writeString(file, "kept");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnly.ensureFile(file);

        assertThat(file).hasContent("kept");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnly.FILE_PERMISSIONS);
    }
}
