package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.text.Texts;

/** Which account the window shows, in the words of its title, status bar and demo banner. */
public record AccountLabel(Endpoint endpoint, boolean demo) {
    static final String DEMO_BANNER = "Demo mode — showing sample data from the built-in simulator. "
            + "To work on your account, sign in with the account menu in the status bar (or set HOOD_API_TOKEN).";

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
        return demo ? "Demo (built-in simulator)" : "Live";
    }

    /** The mode where room is short: "Demo" or "Live". */
    public String modeShortText() {
        return demo ? Texts.get("layout.status.modeDemoShort") : modeText();
    }

    public String demoBannerText() {
        return DEMO_BANNER;
    }
}
