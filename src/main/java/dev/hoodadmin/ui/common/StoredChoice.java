package dev.hoodadmin.ui.common;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * One choice the person made in View (the theme, the language), kept under a key of the user's
 * {@link Preferences}. Losing it is not worth interrupting the person for: failures are logged only.
 */
public final class StoredChoice {
    private static final System.Logger LOG = System.getLogger(StoredChoice.class.getName());

    private final Preferences node;
    private final String key;

    public StoredChoice(Preferences node, String key) {
        this.node = node;
        this.key = key;
    }

    /** The node of the View choices under the current user's preferences. */
    public static Preferences appearanceNode() {
        return Preferences.userRoot().node("dev/hoodadmin/ui/appearance");
    }

    /** The stored value; empty when none was stored or the preferences cannot be read. */
    public Optional<String> load() {
        try {
            return Optional.ofNullable(node.get(key, null));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    public void save(String value) {
        try {
            node.put(key, value);
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the " + key + " choice: " + e.getMessage());
        }
    }
}
