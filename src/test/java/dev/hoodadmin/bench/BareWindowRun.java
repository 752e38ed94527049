package dev.hoodadmin.bench;

import atlantafx.base.theme.PrimerLight;
import dev.hoodadmin.api.ProfileProperty;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A floor for the start benchmark: the least a window like the app's needs, in a JVM of its own. JavaFX with
 * AtlantaFX's theme, a tool bar with a search field and an empty stock {@code TableView} with a column for each of
 * a property's 15 fields, 1440×880 (the app's window shows before its rows too); no services, account, data file,
 * menus or panes. Prints the moment (epoch ms) the window showed, then quits; the caller ({@link StartBenchmark})
 * counts from when it started the process.
 */
public final class BareWindowRun {
    private static final List<Function<ProfileProperty, Object>> FIELDS = List.of(ProfileProperty::id,
            ProfileProperty::companyId, ProfileProperty::target, ProfileProperty::label, ProfileProperty::dataType,
            ProfileProperty::example, ProfileProperty::description, ProfileProperty::exportAlias,
            ProfileProperty::importAliases, ProfileProperty::piData, ProfileProperty::system,
            ProfileProperty::importable, ProfileProperty::exportable, ProfileProperty::createTime,
            ProfileProperty::updateTime);

    private BareWindowRun() {
    }

    public static void main(String[] args) {
        // a main class that is not the Application: JavaFX on the class path refuses to launch one directly
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    private static void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TableView<ProfileProperty> table = new TableView<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            Function<ProfileProperty, Object> field = FIELDS.get(i);
            TableColumn<ProfileProperty, Object> column = new TableColumn<>("Field " + (i + 1));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(field.apply(cell.getValue())));
            table.getColumns().add(column);
        }
        ToolBar bar = new ToolBar(new Button("Refresh"), new TextField());
        stage.setScene(new Scene(new BorderPane(table, bar, null, null, null), 1440, 880));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            System.out.printf(Locale.US, "  bare %d%n", System.currentTimeMillis());
            Platform.exit();
        });
        stage.show();
    }
}
