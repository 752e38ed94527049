package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.common.AppTheme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsers against what the commands really print. */
class OsThemeParserTest {

    @Test
    void gnomeColorScheme() {
        assertThat(OsThemeParser.gnomeColorScheme("'prefer-dark'\n")).contains(AppTheme.DARK);
        assertThat(OsThemeParser.gnomeColorScheme("'prefer-light'\n")).contains(AppTheme.LIGHT);
        assertThat(OsThemeParser.gnomeColorScheme("'default'\n")).isEmpty();
        assertThat(OsThemeParser.gnomeColorScheme("No such key “color-scheme”\n")).isEmpty();
    }

    @Test
    void gtkThemeNameAndVariable() {
        assertThat(OsThemeParser.gtkThemeName("'Adwaita-dark'\n")).contains(AppTheme.DARK);
        assertThat(OsThemeParser.gtkThemeName("'Yaru'\n")).contains(AppTheme.LIGHT);
        assertThat(OsThemeParser.gtkThemeName("''\n")).isEmpty();
        assertThat(OsThemeParser.gtkThemeVariable("Adwaita:dark")).contains(AppTheme.DARK);
        assertThat(OsThemeParser.gtkThemeVariable("Adwaita")).contains(AppTheme.LIGHT);
        assertThat(OsThemeParser.gtkThemeVariable(null)).isEmpty();
    }

    @Test
    void macInterfaceStyle() {
        assertThat(OsThemeParser.macInterfaceStyle(0, "Dark\n")).contains(AppTheme.DARK);
        // light mode: the key does not exist
        assertThat(OsThemeParser.macInterfaceStyle(1,
                "The domain/default pair of (kCFPreferencesAnyApplication, AppleInterfaceStyle) does not exist\n"))
                .contains(AppTheme.LIGHT);
    }

    @Test
    void windowsAppsUseLightTheme() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(OsThemeParser.windowsAppsUseLightTheme(dark)).contains(AppTheme.DARK);
        assertThat(OsThemeParser.windowsAppsUseLightTheme(dark.replace("0x0", "0x1"))).contains(AppTheme.LIGHT);
        assertThat(OsThemeParser.windowsAppsUseLightTheme(
                "ERROR: The system was unable to find the specified registry key or value.\r\n")).isEmpty();
    }
}
