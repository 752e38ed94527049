package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;

import java.util.Locale;

/** A quick filter on a 0/1 field: any value, only Yes, or only No (an unknown flag matches only "any"). */
public enum FlagChoice {
    ANY, YES, NO;

    public boolean matches(Boolean flag) {
        return switch (this) {
            case ANY -> true;
            case YES -> Boolean.TRUE.equals(flag);
            case NO -> Boolean.FALSE.equals(flag);
        };
    }

    /** "any", "Yes" or "No", as the quick filter shows it after its field name. */
    public String text() {
        return Texts.get("find.flag." + name().toLowerCase(Locale.ROOT));
    }
}
