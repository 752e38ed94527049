package dev.hoodadmin.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;

/** The look of the whole application; AtlantaFX themes replace Modena as the user-agent stylesheet. */
public enum AppTheme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    AppTheme(Theme theme) {
        this.theme = theme;
    }

    /** The AtlantaFX user-agent stylesheet of this theme. */
    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    /** Applies to every window of the application; call on the JavaFX thread. */
    public void apply() {
        String stylesheet = theme.getUserAgentStylesheet();
        // setting it again would restyle every open window for nothing
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
