package dev.hoodadmin.app;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;

/** The app icon of each window (rendered from assets/icon.svg). */
public final class AppIcons {
    /**
     * JavaFX gives a window one icon, the one nearest 32 px on Windows and 128 px on Linux and macOS (scaled to that
     * size): only these two are decoded. Decoding all seven rendered sizes was 8% of the JavaFX thread's profile
     * samples in a whole start (JFR), most of it the 256 px one that no window used.
     */
    private static final int[] SIZES = {32, 128};

    private AppIcons() {
    }

    public static void addTo(Stage stage) {
        for (int size : SIZES) {
            InputStream png = AppIcons.class.getResourceAsStream("/dev/hoodadmin/icons/icon-" + size + ".png");
            if (png != null) stage.getIcons().add(new Image(png));
        }
    }
}
