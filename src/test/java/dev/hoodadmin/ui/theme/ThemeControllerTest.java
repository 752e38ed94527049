package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.QueuedExecutor;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Theme choice without a toolkit: applying is recorded, the OS query is queued on a fake background. */
class ThemeControllerTest {
    private final List<AppTheme> applied = new ArrayList<>();
    private final QueuedExecutor background = new QueuedExecutor();
    private Optional<AppTheme> osAnswer = Optional.of(AppTheme.DARK);

    private ThemeController controller(ThemePreference preference) {
        return new ThemeController(preference, () -> osAnswer, BackgroundTasks.of(background, Runnable::run),
                applied::add);
    }

    @Test
    void followingTheSystemShowsLightUntilTheOsAnswersOffTheCallingThread() {
        ThemeController themes = controller(ThemePreference.inMemory(null));

        themes.start();
        assertThat(themes.choiceProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(applied).containsExactly(AppTheme.LIGHT);

        background.runAll();
        assertThat(applied).containsExactly(AppTheme.LIGHT, AppTheme.DARK);
        assertThat(themes.appliedProperty().get()).isEqualTo(AppTheme.DARK);
    }

    @Test
    void presetSetsTheRememberedLookWithoutAskingTheOsAndNeverOverridesAnAppliedTheme() {
        ThemeController system = controller(ThemePreference.inMemory(ThemeChoice.SYSTEM));
        system.preset();
        assertThat(applied).containsExactly(AppTheme.LIGHT);
        assertThat(background.pending()).as("the OS is not asked").isZero();

        ThemeController dark = controller(ThemePreference.inMemory(ThemeChoice.DARK));
        dark.preset();
        assertThat(applied).containsExactly(AppTheme.LIGHT, AppTheme.DARK);

        system.start();
        background.runAll(); // the OS says dark
        applied.clear();
        system.preset(); // a later window of the same app
        assertThat(applied).as("the OS's dark stays").isEmpty();
    }

    @Test
    void withNoAnswerFromTheOsItStaysLight() {
        osAnswer = Optional.empty();
        ThemeController themes = controller(ThemePreference.inMemory(ThemeChoice.SYSTEM));
        themes.start();
        background.runAll();
        assertThat(themes.appliedProperty().get()).isEqualTo(AppTheme.LIGHT);
    }

    @Test
    void aChoiceIsAppliedAndRememberedAndBeatsALateOsAnswer() {
        ThemePreference preference = ThemePreference.inMemory(ThemeChoice.SYSTEM);
        ThemeController themes = controller(preference);
        themes.start();

        osAnswer = Optional.of(AppTheme.DARK);
        themes.choiceProperty().set(ThemeChoice.LIGHT);
        background.runAll();

        assertThat(themes.appliedProperty().get()).isEqualTo(AppTheme.LIGHT);
        assertThat(preference.load()).contains(ThemeChoice.LIGHT);
        themes.choiceProperty().set(ThemeChoice.DARK);
        assertThat(applied).endsWith(AppTheme.DARK);
        assertThat(controller(preference).choiceProperty().get()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void preferencesKeepTheChoiceAndIgnoreGarbage() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/hoodadmin/test/theme-" + UUID.randomUUID());
        try {
            PreferencesThemePreference preference = new PreferencesThemePreference(node);
            assertThat(preference.load()).isEmpty();
            preference.save(ThemeChoice.DARK);
            assertThat(new PreferencesThemePreference(node).load()).contains(ThemeChoice.DARK);
            node.put(PreferencesThemePreference.KEY, "PURPLE");
            assertThat(preference.load()).isEmpty();
        } finally {
            node.removeNode();
        }
    }
}
