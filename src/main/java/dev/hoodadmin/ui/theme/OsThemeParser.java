package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.common.AppTheme;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answer of each operating system's "is dark mode on?" query. Pure functions over the
 * command output; empty means the output says nothing either way.
 */
public final class OsThemeParser {
    private static final Pattern REG_DWORD = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");

    private OsThemeParser() {
    }

    /** {@code gsettings get org.gnome.desktop.interface color-scheme}: 'prefer-dark', 'prefer-light' or 'default'. */
    public static Optional<AppTheme> gnomeColorScheme(String output) {
        String value = unquote(output);
        if (value.equals("prefer-dark")) return Optional.of(AppTheme.DARK);
        if (value.equals("prefer-light")) return Optional.of(AppTheme.LIGHT);
        // 'default' says only "no preference"; the GTK theme name may still be a dark one
        return Optional.empty();
    }

    /** {@code gsettings get org.gnome.desktop.interface gtk-theme}, e.g. 'Adwaita-dark' or 'Yaru'. */
    public static Optional<AppTheme> gtkThemeName(String output) {
        String value = unquote(output);
        if (value.isEmpty()) return Optional.empty();
        return Optional.of(isDarkName(value) ? AppTheme.DARK : AppTheme.LIGHT);
    }

    /** The {@code GTK_THEME} environment variable, e.g. {@code Adwaita:dark}; null when unset. */
    public static Optional<AppTheme> gtkThemeVariable(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        return Optional.of(isDarkName(value.strip()) ? AppTheme.DARK : AppTheme.LIGHT);
    }

    /**
     * {@code defaults read -g AppleInterfaceStyle}: prints "Dark" in dark mode; in light mode the
     * key does not exist and the command fails (exit code 1), which means light.
     */
    public static Optional<AppTheme> macInterfaceStyle(int exitCode, String output) {
        if (exitCode != 0) return Optional.of(AppTheme.LIGHT);
        return Optional.of(output.strip().equalsIgnoreCase("dark") ? AppTheme.DARK : AppTheme.LIGHT);
    }

    /**
     * {@code reg query HKCU\...\Themes\Personalize /v AppsUseLightTheme}: a line
     * {@code AppsUseLightTheme    REG_DWORD    0x0} means dark, {@code 0x1} light.
     */
    public static Optional<AppTheme> windowsAppsUseLightTheme(String output) {
        Matcher matcher = REG_DWORD.matcher(output);
        if (!matcher.find()) return Optional.empty();
        return Optional.of(Long.parseLong(matcher.group(1), 16) == 0 ? AppTheme.DARK : AppTheme.LIGHT);
    }

    private static boolean isDarkName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(":dark") || lower.endsWith("-dark") || lower.endsWith("_dark");
    }

    private static String unquote(String output) {
        String value = output == null ? "" : output.strip();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.strip();
    }
}
