package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.common.AppTheme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OsThemeDetectorTest {
    private final Map<List<String>, CommandRunner.Result> answers = new HashMap<>();
    private final List<List<String>> asked = new ArrayList<>();
    private final CommandRunner runner = (command, timeout) -> {
        asked.add(command);
        assertThat(timeout).isLessThanOrEqualTo(OsThemeDetector.TIMEOUT);
        return Optional.ofNullable(answers.get(command));
    };

    private Optional<AppTheme> detect(String os, Map<String, String> env) {
        return new OsThemeDetector(os, env, runner).detect();
    }

    @Test
    void gnomeColorSchemeDecidesAndGtkThemeIsTheFallback() {
        answers.put(OsThemeDetector.GNOME_COLOR_SCHEME, new CommandRunner.Result(0, "'prefer-dark'\n"));
        assertThat(detect("Linux", Map.of())).contains(AppTheme.DARK);

        answers.put(OsThemeDetector.GNOME_COLOR_SCHEME, new CommandRunner.Result(0, "'default'\n"));
        answers.put(OsThemeDetector.GNOME_GTK_THEME, new CommandRunner.Result(0, "'Adwaita-dark'\n"));
        assertThat(detect("Linux", Map.of())).contains(AppTheme.DARK);
    }

    @Test
    void gtkThemeVariableWinsWithoutAskingGsettings() {
        assertThat(detect("Linux", Map.of("GTK_THEME", "Adwaita:dark"))).contains(AppTheme.DARK);
        assertThat(asked).isEmpty();
    }

    @Test
    void nothingKnownWhenGsettingsIsMissingOrFails() {
        answers.put(OsThemeDetector.GNOME_GTK_THEME, new CommandRunner.Result(1, "'Adwaita-dark'\n"));
        assertThat(detect("Linux", Map.of())).isEmpty();
        assertThat(asked).containsExactly(OsThemeDetector.GNOME_COLOR_SCHEME, OsThemeDetector.GNOME_GTK_THEME);
    }

    @Test
    void macAndWindowsAskTheirOwnSettings() {
        answers.put(OsThemeDetector.MAC_STYLE, new CommandRunner.Result(0, "Dark\n"));
        answers.put(OsThemeDetector.WINDOWS_THEME, new CommandRunner.Result(0, "    AppsUseLightTheme    REG_DWORD    0x1\r\n"));

        assertThat(detect("Mac OS X", Map.of("GTK_THEME", "Adwaita"))).contains(AppTheme.DARK);
        assertThat(detect("Windows 11", Map.of())).contains(AppTheme.LIGHT);
        assertThat(asked).containsExactly(OsThemeDetector.MAC_STYLE, OsThemeDetector.WINDOWS_THEME);
    }

    @Test
    void aCommandThatDoesNotAnswerInTimeTellsNothing() {
        CommandRunner slow = new ProcessCommandRunner();
        // 'sleep' outlives the one-second timeout; runs only where the tool exists (any Unix)
        Optional<CommandRunner.Result> result = slow.run(List.of("sleep", "5"), java.time.Duration.ofMillis(200));
        assertThat(result).isEmpty();
    }
}
