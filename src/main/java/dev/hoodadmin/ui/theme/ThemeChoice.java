package dev.hoodadmin.ui.theme;

/** What the person picked in View: a fixed theme, or whatever the operating system uses. */
public enum ThemeChoice {
    LIGHT, DARK, SYSTEM
}
