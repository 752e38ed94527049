package dev.hoodadmin.logging;

import dev.hoodadmin.api.ApiToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    private static final String SECRET = "tok-5ecret/Value+1";

    @TempDir
    Path logs;

    private final SecretRedactor redactor = new SecretRedactor();
    private final Logger logger = Logger.getLogger("dev.hoodadmin.test.redaction");
    private AppLogging logging;

    private String logFile() throws IOException {
        logging.close();
        return Files.readString(logs.resolve("hood-admin-0.log"));
    }

    @AfterEach
    void close() {
        if (logging != null) logging.close();
    }

    @Test
    void aRegisteredTokenNeverReachesTheLogFileWhereverItHides() throws Exception {
        logging = AppLogging.install(logs, redactor, 1024 * 1024, 2, logger);
        redactor.register(ApiToken.of(SECRET));

        logger.log(Level.INFO, "plain " + SECRET);
        logger.log(Level.INFO, "as parameter {0}", SECRET);
        logger.log(Level.WARNING, "request failed",
                new IllegalStateException("server echoed " + SECRET, new IOException("cause with " + SECRET)));
        logger.log(Level.INFO, "url-encoded tok-5ecret%2FValue%2B1");

        String text = logFile();
        assertThat(text).doesNotContain(SECRET).doesNotContain("tok-5ecret")
                .contains("plain ****", "as parameter ****", "server echoed ****", "cause with ****", "url-encoded ****")
                .contains("java.lang.IllegalStateException");
    }

    @Test
    void bearerHeadersAreMaskedEvenForUnregisteredTokens() throws Exception {
        logging = AppLogging.install(logs, redactor, 1024 * 1024, 2, logger);

        logger.info("Authorization: Bearer abc.DEF-123 sent; also \"bearer xyz\"");

        assertThat(logFile()).contains("Authorization: Bearer **** sent; also \"bearer ****\"").doesNotContain("abc.DEF", "xyz");
    }

    @Test
    void systemLoggerCallsLandInTheFileRedacted() throws Exception {
        logging = AppLogging.install(logs, redactor, 1024 * 1024, 2, logger);
        redactor.register(ApiToken.of(SECRET));

        System.getLogger("dev.hoodadmin.test.redaction.child").log(System.Logger.Level.INFO, "token {0}", SECRET);

        assertThat(logFile()).contains("token ****").doesNotContain(SECRET);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void logFolderAndFilesAreOwnerOnly() throws Exception {
        Path appData = logs.resolve("app-data");
        Files.createDirectories(appData.resolve("logs"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(appData.resolve("logs/hood-admin-1.log"), "from an earlier run");
        logging = AppLogging.install(appData.resolve("logs"), redactor, 1024 * 1024, 2, logger);
        logger.info("hello");

        Path folder = appData.resolve("logs");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("hood-admin-0.log"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("hood-admin-1.log"))))
                .isEqualTo("rw-------");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFileOpenedByRotationIsOwnerOnlyToo() throws Exception {
        logging = AppLogging.install(logs, redactor, 2000, 3, logger);

        for (int i = 0; i < 100; i++) logger.info("line " + i + " ".repeat(50));

        assertThat(logs.resolve("hood-admin-2.log")).exists();
        for (String name : new String[] {"hood-admin-0.log", "hood-admin-1.log", "hood-admin-2.log"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve(name)))).as(name)
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void filesRotateAtTheLimit() throws Exception {
        logging = AppLogging.install(logs, redactor, 2000, 3, logger);

        for (int i = 0; i < 100; i++) logger.info("line " + i + " ".repeat(50));

        logging.close();
        assertThat(logs.resolve("hood-admin-1.log")).exists();
        assertThat(Files.size(logs.resolve("hood-admin-0.log"))).isLessThanOrEqualTo(2000);
    }
}
