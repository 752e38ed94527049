package dev.hoodadmin.ui.theme;

import java.util.Optional;

/** Remembers the theme choice between runs. Implementations never throw on unreadable data. */
public interface ThemePreference {

    /** The saved choice, or empty if none was saved or it could not be read. */
    Optional<ThemeChoice> load();

    void save(ThemeChoice choice);

    /** Keeps the choice for this run only: for tests, and runs that must not touch the person's settings. */
    static ThemePreference inMemory(ThemeChoice initial) {
        return new ThemePreference() {
            private ThemeChoice choice = initial;

            @Override
            public synchronized Optional<ThemeChoice> load() {
                return Optional.ofNullable(choice);
            }

            @Override
            public synchronized void save(ThemeChoice choice) {
                this.choice = choice;
            }
        };
    }
}
