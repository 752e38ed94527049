package dev.hoodadmin.ui.common;

import javafx.geometry.Rectangle2D;

import java.util.List;

/**
 * Keeps a remembered window reachable: a monitor may have been unplugged or its resolution
 * lowered since the window was saved, so the title bar must land on a screen the person can see.
 */
public final class WindowPlacement {
    /** How much of the title bar must be on a screen for the person to grab it. */
    static final double GRAB_WIDTH = 100;
    static final double GRAB_HEIGHT = 30;

    private WindowPlacement() {
    }

    /**
     * The saved state made to fit {@code screens} (visual bounds, the primary first): the size is
     * clamped to the largest screen, and a window whose title bar is on no screen is centred on
     * the primary one. With no screens known, the state is returned unchanged.
     */
    public static WindowState fit(WindowState saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) return saved;
        double maxWidth = screens.stream().mapToDouble(Rectangle2D::getWidth).max().orElseThrow();
        double maxHeight = screens.stream().mapToDouble(Rectangle2D::getHeight).max().orElseThrow();
        double width = Math.min(saved.width(), maxWidth);
        double height = Math.min(saved.height(), maxHeight);
        if (titleBarVisible(saved.x(), saved.y(), width, screens)) {
            return saved.withBounds(saved.x(), saved.y(), width, height);
        }
        Rectangle2D primary = screens.get(0);
        width = Math.min(width, primary.getWidth());
        height = Math.min(height, primary.getHeight());
        return saved.withBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height);
    }

    private static boolean titleBarVisible(double x, double y, double width, List<Rectangle2D> screens) {
        for (Rectangle2D screen : screens) {
            double left = Math.max(x, screen.getMinX());
            double right = Math.min(x + width, screen.getMaxX());
            boolean topInside = y >= screen.getMinY() && y + GRAB_HEIGHT <= screen.getMaxY();
            if (topInside && right - left >= Math.min(GRAB_WIDTH, width)) return true;
        }
        return false;
    }
}
