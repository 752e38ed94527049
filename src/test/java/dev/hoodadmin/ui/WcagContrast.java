package dev.hoodadmin.ui;

import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.ArrayList;
import java.util.List;

/**
 * WCAG 2 contrast from the colours a rendered node really has: its text colour, and the background it is drawn
 * on — the first opaque fill found going up from the node, with the translucent fills above it laid over it.
 */
public final class WcagContrast {
    /** Normal-size text, WCAG 2 level AA. */
    public static final double TEXT_MINIMUM = 4.5;

    private WcagContrast() {
    }

    /** The contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance of an sRGB colour. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The colour behind {@code node}: its own or its parents' backgrounds, translucent ones blended. */
    public static Color backgroundOf(Node node) {
        List<Color> overlays = new ArrayList<>(); // nearest first
        for (Node at = node; at != null; at = at.getParent()) {
            if (!(at instanceof Region region) || region.getBackground() == null) continue;
            List<BackgroundFill> fills = region.getBackground().getFills();
            for (int i = fills.size() - 1; i >= 0; i--) { // the last fill is painted on top
                Color fill = colour(fills.get(i).getFill());
                if (fill == null || fill.getOpacity() == 0) continue;
                if (fill.getOpacity() < 1) {
                    overlays.add(fill);
                    continue;
                }
                Color result = fill;
                for (int k = overlays.size() - 1; k >= 0; k--) result = over(overlays.get(k), result);
                return result;
            }
        }
        Color scene = node.getScene() == null ? null : colour(node.getScene().getFill());
        Color result = scene == null || scene.getOpacity() < 1 ? Color.WHITE : scene;
        for (int k = overlays.size() - 1; k >= 0; k--) result = over(overlays.get(k), result);
        return result;
    }

    /** A paint as one colour; null for gradients and images. */
    public static Color colour(Paint paint) {
        return paint instanceof Color c ? c : null;
    }

    /** {@code top} with its opacity painted over the opaque {@code bottom}. */
    public static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
