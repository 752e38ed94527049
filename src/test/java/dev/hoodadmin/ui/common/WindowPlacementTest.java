package dev.hoodadmin.ui.common;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {
    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D LEFT_MONITOR = new Rectangle2D(-1280, 0, 1280, 1024);

    private static WindowState at(double x, double y, double width, double height) {
        return new WindowState(x, y, width, height, false, List.of(new ColumnState("idColumn", 90)));
    }

    @Test
    void windowOnAScreenStaysWhereItWas() {
        WindowState saved = at(100, 80, 1200, 700);

        assertThat(WindowPlacement.fit(saved, List.of(PRIMARY))).isEqualTo(saved);
    }

    @Test
    void windowOnAMonitorThatIsGoneMovesToTheCentreOfThePrimaryScreen() {
        WindowState fitted = WindowPlacement.fit(at(-1000, 100, 800, 600), List.of(PRIMARY));

        assertThat(fitted.x()).isEqualTo(560);
        assertThat(fitted.y()).isEqualTo(220);
        assertThat(fitted.width()).isEqualTo(800);
        assertThat(fitted.columns()).containsExactly(new ColumnState("idColumn", 90));
    }

    @Test
    void windowOnASecondMonitorWithNegativeCoordinatesStays() {
        WindowState saved = at(-1200, 50, 1000, 700);

        assertThat(WindowPlacement.fit(saved, List.of(PRIMARY, LEFT_MONITOR))).isEqualTo(saved);
    }

    @Test
    void titleBarAboveTheTopOfTheScreenCountsAsOffScreen() {
        WindowState fitted = WindowPlacement.fit(at(100, -500, 800, 600), List.of(PRIMARY));

        assertThat(fitted.y()).isEqualTo(220);
    }

    @Test
    void windowJustPeekingInAtTheRightEdgeIsPulledBack() {
        WindowState fitted = WindowPlacement.fit(at(1900, 100, 800, 600), List.of(PRIMARY));

        assertThat(fitted.x()).isEqualTo(560);
    }

    @Test
    void windowLargerThanAnyScreenIsShrunkToFit() {
        WindowState fitted = WindowPlacement.fit(at(0, 0, 4000, 3000), List.of(PRIMARY));

        assertThat(fitted.width()).isEqualTo(1920);
        assertThat(fitted.height()).isEqualTo(1040);
    }
}
