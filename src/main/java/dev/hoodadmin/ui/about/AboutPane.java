package dev.hoodadmin.ui.about;

import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The About content: versions, data folder and "Open log folder". Values are read-only fields so they can be copied. */
public final class AboutPane {
    private final VBox root;
    private final Label openFailure = new Label();

    public AboutPane(AboutInfo info, LogFolderAction logFolder) {
        Label title = new Label(Texts.get("app.name"));
        title.setId("aboutTitle");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        addRow(facts, 0, Texts.get("about.version"), "aboutVersion", info.appVersion());
        addRow(facts, 1, "Java", "aboutJavaVersion", info.javaVersion());
        addRow(facts, 2, "JavaFX", "aboutJavafxVersion", info.javafxVersion());
        addRow(facts, 3, Texts.get("about.dataFolder"), "aboutDataFolder", info.dataFolder().toString());
        addRow(facts, 4, Texts.get("about.logFolder"), "aboutLogFolder", info.logFolder().toString());

        Button open = new Button(Texts.get("menu.help.logFolder"));
        open.setId("openLogFolderButton");
        open.setAccessibleText(Texts.get("about.openLogFolder.accessible"));
        open.setOnAction(e -> {
            openFailure.setText("");
            logFolder.open(openFailure::setText);
        });
        openFailure.setId("openLogFolderError");
        openFailure.setWrapText(true);
        openFailure.visibleProperty().bind(openFailure.textProperty().isNotEmpty());
        openFailure.managedProperty().bind(openFailure.visibleProperty());

        root = new VBox(12, title, facts, open, openFailure);
        root.setId("aboutPane");
        root.setPadding(new Insets(20));
    }

    public Parent root() {
        return root;
    }

    private static void addRow(GridPane grid, int row, String name, String id, String value) {
        Label label = new Label(name);
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        field.setAccessibleText(name + ": " + value);
        field.setPrefColumnCount(Math.max(20, Math.min(50, value.length())));
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }
}
