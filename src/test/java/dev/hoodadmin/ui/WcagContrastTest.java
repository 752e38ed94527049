package dev.hoodadmin.ui;

import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The contrast arithmetic against the values WCAG's own examples and common checkers give. */
class WcagContrastTest {
    @Test
    void blackOnWhiteIs21AndGreysFallEitherSideOfTheTextMinimum() {
        assertThat(WcagContrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(0.001));
        assertThat(WcagContrast.ratio(Color.WHITE, Color.WHITE)).isCloseTo(1.0, within(0.001));
        // #767676 is the lightest grey that passes on white, #777777 the first that does not
        assertThat(WcagContrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(WcagContrast.ratio(Color.web("#777777"), Color.WHITE)).isLessThan(WcagContrast.TEXT_MINIMUM);
    }

    @Test
    void theBackgroundIsTheNearestOpaqueFillWithTranslucentOnesBlendedOverIt() {
        StackPane page = new StackPane();
        page.setBackground(Background.fill(Color.WHITE));
        StackPane tint = new StackPane();
        tint.setBackground(Background.fill(Color.color(0, 0, 0, 0.5)));
        StackPane plain = new StackPane();
        page.getChildren().add(tint);
        tint.getChildren().add(plain);

        assertThat(WcagContrast.backgroundOf(plain)).isEqualTo(Color.color(0.5, 0.5, 0.5));
        assertThat(WcagContrast.backgroundOf(page)).isEqualTo(Color.WHITE);
    }
}
