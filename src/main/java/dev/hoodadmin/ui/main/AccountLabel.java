package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.text.Texts;

/** Which account the window shows, in the words of its title, status bar and demo banner. */
public record AccountLabel(Endpoint endpoint, boolean demo) {
    public String endpointText() {
        return endpoint.toString();
    }

    /** The endpoint where room is short: host and port. */
    public String endpointShortText() {
        return endpoint.hostLabel();
    }

    public boolean isDemo() {
        return demo;
    }

    public String modeText() {
        return demo ? Texts.get("status.mode.demo") : Texts.get("status.mode.live");
    }

    /** The mode where room is short: "Demo" or "Live". */
    public String modeShortText() {
        return demo ? Texts.get("layout.status.modeDemoShort") : modeText();
    }

    public String demoBannerText() {
        return Texts.get("main.demoBanner");
    }
}
