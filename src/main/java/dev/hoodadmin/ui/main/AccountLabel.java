package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.text.Texts;

/** Which account the window shows, in the words of its title, status bar and demo banner. */
public record AccountLabel(Endpoint endpoint, boolean demo) {
    public String endpointText() {
        return endpoint.toString();
    }

    public boolean isDemo() {
        return demo;
    }

    public String modeText() {
        return demo ? Texts.get("status.mode.demo") : Texts.get("status.mode.live");
    }

    public String demoBannerText() {
        return Texts.get("main.demoBanner");
    }
}
