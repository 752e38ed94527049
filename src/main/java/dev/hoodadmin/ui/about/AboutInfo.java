package dev.hoodadmin.ui.about;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.Version;

import java.nio.file.Path;

/** What the About box tells: versions and where the app keeps its files. */
public record AboutInfo(String appVersion, String javaVersion, String javafxVersion, Path dataFolder, Path logFolder) {

    /** The values of this running app. */
    public static AboutInfo current(Path dataFolder, Path logFolder) {
        return new AboutInfo(Version.current(), System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("javafx.runtime.version", Texts.get("about.unknown")), dataFolder, logFolder);
    }
}
