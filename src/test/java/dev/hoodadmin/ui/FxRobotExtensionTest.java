package dev.hoodadmin.ui;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The tests' robot reads where to click on the JavaFX thread, by node and by query alike, in every UI test. */
class FxRobotExtensionTest {
    /** Notes, for each time the robot reads a node's bounds, whether it was on the JavaFX thread. */
    static final class Recording extends FxRobotExtension {
        final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

        @Override
        protected Bounds boundsOnScreen(Node node) {
            onFxThread.add(Platform.isFxApplicationThread());
            return super.boundsOnScreen(node);
        }
    }

    @RegisterExtension
    static final Recording robot = new Recording();
    private final AtomicInteger presses = new AtomicInteger();
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("Press");
        button.setId("press");
        button.setOnAction(event -> presses.incrementAndGet());
        stage.setScene(new Scene(new StackPane(button), 240, 120));
        stage.show();
    }

    @Test
    void aClickByNodeOrByQueryHitsTheNodeAndReadsItsBoundsOnTheJavaFxThread() {
        robot.onFxThread.clear();

        robot.clickOn(button);
        robot.clickOn("#press");

        assertThat(presses).hasValue(2);
        assertThat(robot.onFxThread).isNotEmpty().containsOnly(true);
    }

    @Test
    void noTestUsesTestFxsOwnExtension() {
        noClasses().that().doNotHaveFullyQualifiedName(FxRobotExtension.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("org.testfx.framework.junit5.ApplicationExtension")
                .because("its robot reads bounds off the JavaFX thread; FxRobotExtension is the same with that fixed")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages("dev.hoodadmin"));
    }
}
