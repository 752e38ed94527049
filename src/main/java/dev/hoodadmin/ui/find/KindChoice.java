package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

/** The system/custom quick filter. A property without the system flag counts as custom, as everywhere else. */
public enum KindChoice {
    ALL("All properties"), CUSTOM("Custom only"), SYSTEM("System only");

    private final String text;

    KindChoice(String text) {
        this.text = text;
    }

    public boolean matches(ProfileProperty property) {
        return switch (this) {
            case ALL -> true;
            case CUSTOM -> !property.isSystem();
            case SYSTEM -> property.isSystem();
        };
    }

    public String text() {
        return text;
    }
}
