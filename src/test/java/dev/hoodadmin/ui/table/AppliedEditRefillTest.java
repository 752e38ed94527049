package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.find.FindModel;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit applied to one row (as the queue drains, up to ten a second) refills that row only, keeping its
 * selection; announced as a replacement, it made the table empty and refill every visible row.
 */
@ExtendWith(FxRobotExtension.class)
class AppliedEditRefillTest {
    private final ObservableList<ProfileProperty> rows = FXCollections.observableArrayList(FakePropertyApi.sample(1_000));
    /** Each time a row of the table was given a property: the property's target. */
    private final List<String> fills = new CopyOnWriteArrayList<>();
    private TableView<ProfileProperty> table;

    @Start
    void start(Stage stage) {
        FindModel find = new FindModel(rows, FilterExecution.inPlace());
        table = PropertyTable.create(find);
        var stock = table.getRowFactory();
        table.setRowFactory(view -> {
            TableRow<ProfileProperty> row = stock.call(view);
            row.itemProperty().addListener((obs, old, property) -> {
                if (property != null) fills.add(property.target() + " " + property.description());
            });
            return row;
        });
        stage.setScene(new Scene(table, 1000, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void anEditAppliedToOneRowRefillsThatRowOnly(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        fills.clear();

        robot.interact(() -> rows.set(3, rows.get(3).with(UpdatableField.DESCRIPTION, "edited")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fills).containsExactly("target_3 edited");
        assertThat(table.getSelectionModel().getSelectedItem().description()).isEqualTo("edited");
    }
}
