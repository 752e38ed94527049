package dev.hoodadmin.ui.theme;

import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.common.BackgroundTask;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Owns the theme choice (Light, Dark, Follow system): applies it, remembers it, and for "Follow
 * system" asks the OS on a background executor, showing light until the answer arrives (and when
 * there is none). Use on the JavaFX thread.
 */
public final class ThemeController {
    private static final System.Logger LOG = System.getLogger(ThemeController.class.getName());
    static final ThemeChoice DEFAULT_CHOICE = ThemeChoice.SYSTEM;

    private final ThemePreference preference;
    private final Supplier<Optional<AppTheme>> osTheme;
    private final BackgroundTasks tasks;
    private final Consumer<AppTheme> applier;
    private final ObjectProperty<ThemeChoice> choice;
    private final ReadOnlyObjectWrapper<AppTheme> applied = new ReadOnlyObjectWrapper<>(this, "applied");
    /** The OS question in flight; cancelled by every choice, so a slow answer cannot override a later choice. */
    private BackgroundTask.Handle osQuestion = () -> { };

    /**
     * @param osTheme  asks the OS (blocking; run as one of {@code tasks})
     * @param applier  makes a theme the look of the app ({@link AppTheme#apply} in the app)
     */
    public ThemeController(ThemePreference preference, Supplier<Optional<AppTheme>> osTheme, BackgroundTasks tasks,
                           Consumer<AppTheme> applier) {
        this.preference = preference;
        this.osTheme = osTheme;
        this.tasks = tasks;
        this.applier = applier;
        this.choice = new SimpleObjectProperty<>(this, "choice", preference.load().orElse(DEFAULT_CHOICE));
        choice.addListener((obs, old, value) -> {
            if (value == null) {
                choice.set(old);
                return;
            }
            preference.save(value);
            applyChoice();
        });
    }

    /** For the app: the choice in the user's preferences, the OS asked in the background. */
    public static ThemeController forApp(BackgroundTasks tasks) {
        return new ThemeController(PreferencesThemePreference.forApp(), OsThemeDetector.forThisMachine()::detect,
                tasks, AppTheme::apply);
    }

    /** Always this theme, remembered for this run only, the OS never asked: for tests and tools. */
    public static ThemeController fixed(AppTheme theme) {
        ThemeChoice fixedChoice = theme == AppTheme.DARK ? ThemeChoice.DARK : ThemeChoice.LIGHT;
        return new ThemeController(ThemePreference.inMemory(fixedChoice), Optional::empty,
                BackgroundTasks.sameThread(), AppTheme::apply);
    }

    /**
     * Sets the look of the remembered choice (light while "Follow system" has no answer yet) without asking the OS,
     * unless a theme is applied already. Call before the first control is made: JavaFX then never loads its own
     * Modena stylesheet (a control's class loads it when no stylesheet is set), which the theme would replace.
     */
    public void preset() {
        if (applied.get() == null) applier.accept(choice.get() == ThemeChoice.DARK ? AppTheme.DARK : AppTheme.LIGHT);
    }

    /** Applies the remembered choice; call once the toolkit runs, before the window shows. */
    public void start() {
        applyChoice();
    }

    private void applyChoice() {
        osQuestion.cancel();
        switch (choice.get()) {
            case LIGHT -> apply(AppTheme.LIGHT);
            case DARK -> apply(AppTheme.DARK);
            case SYSTEM -> {
                // light now (the default), the OS theme when it answers
                if (applied.get() == null) apply(AppTheme.LIGHT);
                osQuestion = tasks.call(osTheme::get)
                        .onSuccess(detected -> apply(detected.orElse(AppTheme.LIGHT)))
                        .onFailure(e -> {
                            LOG.log(System.Logger.Level.WARNING, "Could not ask the OS for its theme", e);
                            apply(AppTheme.LIGHT);
                        })
                        .start();
            }
        }
    }

    private void apply(AppTheme theme) {
        applier.accept(theme);
        applied.set(theme);
    }

    /** The person's choice; setting it applies and remembers it. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** The theme on screen (null before {@link #start()}). */
    public ReadOnlyObjectProperty<AppTheme> appliedProperty() {
        return applied.getReadOnlyProperty();
    }
}
