package dev.hoodadmin.app;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.StartupRoute;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.AppTheme;
import dev.hoodadmin.ui.find.FindBar;
import dev.hoodadmin.ui.find.KindChoice;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.table.PropertyColumns;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as assembled, on two simulated accounts: the window rebuilt after "Sign in again" and after switching
 * account opens where the person was on that account — filter, quick filter, sort, selection and scroll.
 */
@ExtendWith(FxRobotExtension.class)
class ViewStateAcrossWindowsTest {
    private static final String ALPHA_TOKEN = "alpha-token";
    private static final String BETA_TOKEN = "beta-token";
    private static final int PROPERTIES = 300;

    @TempDir
    Path dataFolder;
    private AppServices services;
    private WindowFlow flow;
    private HoodSimulator alpha;
    private HoodSimulator beta;

    @AfterEach
    void stop() throws Exception {
        if (flow != null) flow.close();
        if (services != null) services.close();
        if (alpha != null) alpha.close();
        if (beta != null) beta.close();
        FxToolkit.cleanupStages();
    }

    /** What the person sees of their place: comparable between two windows. */
    private record Seen(String filter, KindChoice kind, List<String> sort, String selectedId, String topId) {
    }

    @Test
    void signingInAgainAfterA401FindsFilterSortSelectionAndScrollUnchanged(FxRobot robot) throws Exception {
        alpha = simulator(ALPHA_TOKEN);
        start(robot);
        signIn(robot, alpha, ALPHA_TOKEN, "Alpha");
        TableView<ProfileProperty> before = awaitNewWindow(robot, null);
        arrangeView(robot, before, "e");
        String edited = seen(robot, before).selectedId();

        // the token is refused as the edit is sent: the queue pauses and offers to sign in again
        alpha.faults().refuseTokenOnNextPatches(1);
        robot.type(KeyCode.F6).push(KeyCode.CONTROL, KeyCode.A).write("sent after signing in again");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#signInAgainButton").tryQuery().map(Node::isVisible).orElse(false));
        Seen seen = seen(robot, before);
        assertThat(seen.selectedId()).isEqualTo(edited);
        robot.clickOn("#signInAgainButton");
        waitFor(() -> robot.lookup("#tokenField").tryQuery().isPresent());
        robot.clickOn("#tokenField").write(ALPHA_TOKEN);
        robot.clickOn("#signInButton");

        TableView<ProfileProperty> after = awaitNewWindow(robot, before);
        waitFor(() -> seen.equals(seenNow(robot, after)));
        assertThat(seen(robot, after)).isEqualTo(seen);
        waitFor(() -> alpha.property(edited).map(p -> "sent after signing in again".equals(p.get("example"))).orElse(false));
    }

    @Test
    void switchingToAnotherAccountAndBackFindsEachAccountsOwnView(FxRobot robot) throws Exception {
        alpha = simulator(ALPHA_TOKEN);
        beta = simulator(BETA_TOKEN);
        start(robot);
        signIn(robot, alpha, ALPHA_TOKEN, "Alpha");
        TableView<ProfileProperty> alphaWindow = awaitNewWindow(robot, null);
        arrangeView(robot, alphaWindow, "a");
        Seen alphaView = seen(robot, alphaWindow);

        robot.interact(flow::onAddAccount);
        signIn(robot, beta, BETA_TOKEN, "Beta");
        TableView<ProfileProperty> betaWindow = awaitNewWindow(robot, alphaWindow);
        assertThat(seen(robot, betaWindow).filter()).as("Alpha's filter does not follow to Beta").isEmpty();
        assertThat(seen(robot, betaWindow).kind()).isEqualTo(KindChoice.ALL);
        robot.clickOn("#" + FindBar.FILTER_ID).write("region");
        String betaFilter = seen(robot, betaWindow).filter();

        robot.interact(() -> flow.onSwitched(account("Alpha"), Optional.of(ApiToken.of(ALPHA_TOKEN))));
        TableView<ProfileProperty> alphaAgain = awaitNewWindow(robot, betaWindow);
        waitFor(() -> alphaView.equals(seenNow(robot, alphaAgain)));
        assertThat(seen(robot, alphaAgain)).isEqualTo(alphaView);

        robot.interact(() -> flow.onSwitched(account("Beta"), Optional.of(ApiToken.of(BETA_TOKEN))));
        TableView<ProfileProperty> betaAgain = awaitNewWindow(robot, alphaAgain);
        assertThat(seen(robot, betaAgain).filter()).isEqualTo(betaFilter);
        assertThat(seen(robot, betaAgain).kind()).isEqualTo(KindChoice.ALL);
    }

    private static HoodSimulator simulator(String token) {
        return HoodSimulator.start(SimulatorConfig.builder(token).properties(PROPERTIES).rateLimitsEnabled(false).build());
    }

    private void start(FxRobot robot) throws Exception {
        services = AppServices.open(dataFolder);
        robot.interact(() -> {
            flow = new WindowFlow(services, ThemeController.fixed(AppTheme.LIGHT), LanguageController.current(),
                    HelpActions.NONE);
            flow.begin(new StartupRoute.SignIn(Optional.empty()), true);
        });
    }

    private static void signIn(FxRobot robot, HoodSimulator server, String token, String name) throws Exception {
        waitFor(() -> robot.lookup("#apiUrlField").tryQuery().isPresent());
        robot.clickOn("#apiUrlField").push(KeyCode.CONTROL, KeyCode.A).write(server.baseUri().toString());
        robot.clickOn("#tokenField").write(token);
        robot.clickOn("#accountNameField").push(KeyCode.CONTROL, KeyCode.A).write(name);
        robot.clickOn("#signInButton");
    }

    private Account account(String name) {
        return services.accounts().accounts().stream().filter(a -> a.displayName().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Custom properties only (Alt+K, Down), a filter typed, sorted by label (a header click), then a row further
     * down selected and scrolled to with the keyboard: a place a rebuilt window cannot find by chance.
     */
    private static void arrangeView(FxRobot robot, TableView<ProfileProperty> table, String filter) throws Exception {
        // wide enough for the quick filters to show as boxes (a size saved by an earlier test may be narrower)
        robot.interact(() -> ((Stage) table.getScene().getWindow()).setWidth(1600));
        robot.push(KeyCode.ALT, KeyCode.K).type(KeyCode.DOWN);
        robot.clickOn("#" + FindBar.FILTER_ID).write(filter);
        robot.clickOn(robot.lookup(".column-header").match((Node header) -> PropertyColumns.LABEL.equals(header.getId()))
                .queryAs(Node.class));
        waitFor(() -> table.getSortOrder().size() == 1 && !table.getItems().isEmpty()
                && table.getItems().stream().noneMatch(ProfileProperty::isSystem));
        robot.clickOn("#" + FindBar.FILTER_ID).type(KeyCode.DOWN);
        robot.type(KeyCode.PAGE_DOWN, 2).type(KeyCode.DOWN, 3);
        waitFor(() -> table.getSelectionModel().getSelectedIndex() > 10 && topIndex(table) > 0);
    }

    private static Seen seen(FxRobot robot, TableView<ProfileProperty> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> seenNow(robot, table)).get(5, TimeUnit.SECONDS);
    }

    private static Seen seenNow(FxRobot robot, TableView<ProfileProperty> table) {
        Node root = table.getScene().getRoot();
        TextField filter = (TextField) root.lookup("#" + FindBar.FILTER_ID);
        @SuppressWarnings("unchecked")
        ComboBox<KindChoice> kind = (ComboBox<KindChoice>) root.lookup("#" + FindBar.KIND_ID);
        List<String> sort = table.getSortOrder().stream()
                .map(column -> column.getId() + " " + column.getSortType()).toList();
        ProfileProperty selected = table.getSelectionModel().getSelectedItem();
        int top = topIndex(table);
        String topId = top >= 0 && top < table.getItems().size() ? table.getItems().get(top).id() : null;
        return new Seen(filter.getText(), kind.getValue(), sort, selected == null ? null : selected.id(), topId);
    }

    private static int topIndex(TableView<?> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) return -1;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    /** The main window that replaced {@code previous}, once its rows are loaded. */
    @SuppressWarnings("unchecked")
    private static TableView<ProfileProperty> awaitNewWindow(FxRobot robot, TableView<ProfileProperty> previous)
            throws Exception {
        waitFor(() -> mainWindows().stream().anyMatch(stage -> {
            Node table = stage.getScene().lookup("#propertyTable");
            Node count = stage.getScene().lookup("#propertyCountLabel");
            return table != null && table != previous && count instanceof Label label
                    && label.getText() != null && label.getText().matches("Showing \\d+ of " + PROPERTIES + "|" + PROPERTIES + " properties");
        }));
        Stage stage = mainWindows().stream().filter(s -> s.getScene().lookup("#propertyTable") != previous)
                .findFirst().orElseThrow();
        waitFor(() -> previous == null || previous.getScene().getWindow() == null || !previous.getScene().getWindow().isShowing());
        return (TableView<ProfileProperty>) stage.getScene().lookup("#propertyTable");
    }

    private static List<Stage> mainWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> stage.getScene() != null && stage.getScene().lookup("#propertyTable") != null).toList();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }
}
