package dev.hoodadmin.app;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;

/** The app icon at the sizes window managers ask for (rendered from assets/icon.svg). */
public final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static void addTo(Stage stage) {
        for (int size : SIZES) {
            InputStream png = AppIcons.class.getResourceAsStream("/dev/hoodadmin/icons/icon-" + size + ".png");
            if (png != null) stage.getIcons().add(new Image(png));
        }
    }
}
