package dev.hoodadmin.ui.find;

/** A quick filter on a 0/1 field: any value, only Yes, or only No (an unknown flag matches only "any"). */
public enum FlagChoice {
    ANY("any"), YES("Yes"), NO("No");

    private final String text;

    FlagChoice(String text) {
        this.text = text;
    }

    public boolean matches(Boolean flag) {
        return switch (this) {
            case ANY -> true;
            case YES -> Boolean.TRUE.equals(flag);
            case NO -> Boolean.FALSE.equals(flag);
        };
    }

    /** "any", "Yes" or "No", as the quick filter shows it after its field name. */
    public String text() {
        return text;
    }
}
