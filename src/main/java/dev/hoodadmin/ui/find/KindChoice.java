package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;

import java.util.Locale;
import dev.hoodadmin.api.ProfileProperty;

/** The system/custom quick filter. A property without the system flag counts as custom, as everywhere else. */
public enum KindChoice {
    ALL, CUSTOM, SYSTEM;

    public boolean matches(ProfileProperty property) {
        return switch (this) {
            case ALL -> true;
            case CUSTOM -> !property.isSystem();
            case SYSTEM -> property.isSystem();
        };
    }

    /** As the quick filter shows it, in the current language: "All properties", "Custom only"… */
    public String text() {
        return Texts.get("find.kind." + name().toLowerCase(Locale.ROOT));
    }
}
