package dev.hoodadmin;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.assertj.core.api.Assertions.assertThat;
@ExtendWith(ApplicationExtension.class)
class SmokeTest {
  Button b;
  @Start void start(Stage s){ b = new Button("x"); b.setId("b"); b.setOnAction(e->b.setText("clicked")); s.setScene(new Scene(b,200,100)); s.show(); }
  @Test void ok(FxRobot r){ r.clickOn("#b"); assertThat(b.getText()).isEqualTo("clicked"); }
}
