package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.common.AppTheme;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the operating system whether it is in dark mode: GNOME/GTK settings on Linux and other
 * Unixes, {@code defaults} on macOS, the registry on Windows. Blocks for up to a second per query:
 * call it off the JavaFX thread. Empty when the desktop does not say.
 */
public final class OsThemeDetector {
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final List<String> GNOME_COLOR_SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    static final List<String> GNOME_GTK_THEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");
    static final List<String> MAC_STYLE = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    static final List<String> WINDOWS_THEME = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");

    private final String osName;
    private final Map<String, String> environment;
    private final CommandRunner commands;

    public OsThemeDetector(String osName, Map<String, String> environment, CommandRunner commands) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    /** The detector for this machine. */
    public static OsThemeDetector forThisMachine() {
        return new OsThemeDetector(System.getProperty("os.name"), System.getenv(), new ProcessCommandRunner());
    }

    public Optional<AppTheme> detect() {
        if (osName.startsWith("windows")) {
            return commands.run(WINDOWS_THEME, TIMEOUT).flatMap(r -> OsThemeParser.windowsAppsUseLightTheme(r.output()));
        }
        if (osName.startsWith("mac")) {
            return commands.run(MAC_STYLE, TIMEOUT).flatMap(r -> OsThemeParser.macInterfaceStyle(r.exitCode(), r.output()));
        }
        // an explicit GTK_THEME overrides the desktop settings for this session, as it does for GTK apps
        Optional<AppTheme> fromVariable = OsThemeParser.gtkThemeVariable(environment.get("GTK_THEME"));
        if (fromVariable.isPresent()) return fromVariable;
        Optional<AppTheme> scheme = gsettings(GNOME_COLOR_SCHEME).flatMap(OsThemeParser::gnomeColorScheme);
        if (scheme.isPresent()) return scheme;
        return gsettings(GNOME_GTK_THEME).flatMap(OsThemeParser::gtkThemeName);
    }

    private Optional<String> gsettings(List<String> command) {
        return commands.run(command, TIMEOUT).filter(result -> result.exitCode() == 0).map(CommandRunner.Result::output);
    }
}
