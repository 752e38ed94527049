package dev.hoodadmin.account;

import dev.hoodadmin.files.OwnerOnly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Hood Admin keeps its files (outbox, cache, logs): {@code HOOD_ADMIN_HOME} if set, else the
 * OS's usual app-data folder. Created readable by the owner only.
 */
public final class AppDataDirectory {
    static final String HOME_VARIABLE = "HOOD_ADMIN_HOME";
    private static final String FOLDER = "hood-admin";

    private AppDataDirectory() {
    }

    /** The folder for this environment; {@code explicit} (a --state-dir option) wins when given. */
    public static Path resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) return explicit;
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Hood Admin") : userHome.resolve("AppData/Roaming/Hood Admin");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Hood Admin");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve(FOLDER);
    }

    public static Path resolveForThisMachine(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates the folder if needed, owner-only where the file system has POSIX permissions; an existing folder
     * (say, one given as {@code --state-dir} or HOOD_ADMIN_HOME) keeps its permissions.
     */
    public static Path ensureExists(Path dir) throws IOException {
        return OwnerOnly.createMissingFolders(dir);
    }
}
