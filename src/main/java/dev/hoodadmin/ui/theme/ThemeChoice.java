package dev.hoodadmin.ui.theme;

/** What the person picked in View: a fixed theme, or whatever the operating system uses. */
public enum ThemeChoice {
    LIGHT("Light"), DARK("Dark"), SYSTEM("Follow system");

    private final String text;

    ThemeChoice(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
