package dev.hoodadmin.ui.common;

import java.util.List;

/**
 * Where a window was and how it looked when it closed: its normal (not maximised) bounds,
 * whether it was maximised, and its table columns in display order.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          List<ColumnState> columns) {

    public WindowState {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite");
        }
        if (!Double.isFinite(width) || !Double.isFinite(height) || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("window size must be positive, not " + width + "x" + height);
        }
        columns = List.copyOf(columns);
    }

    public WindowState withBounds(double newX, double newY, double newWidth, double newHeight) {
        return new WindowState(newX, newY, newWidth, newHeight, maximized, columns);
    }
}
