package dev.hoodadmin.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotException;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;
import org.testfx.service.query.impl.CallableBoundsPointQuery;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;

/**
 * TestFX's {@link ApplicationExtension} (it is the tests' {@link FxRobot} parameter) with one change: where to
 * click, move or drag is worked out on the JavaFX thread. TestFX reads a node's bounds on the test's own thread
 * (its issue #813); bounds are computed lazily and cached in the scene graph, so that read races the JavaFX
 * thread's layout, which then fails later with an {@code IndexOutOfBoundsException} in
 * {@code Parent.updateCachedBounds}, reported by the next test step that waits for JavaFX.
 */
public class FxRobotExtension extends ApplicationExtension {
    private static final long WAIT_MS = 10_000;

    @Override
    public PointQuery point(Node node) {
        targetWindow(node.getScene().getWindow());
        // read again at each step of a move, as TestFX does, so a node that moves is still hit
        return new CallableBoundsPointQuery(() -> onFx(() -> boundsOnScreen(node)), node)
                .atPosition(robotContext().getPointPosition());
    }

    /** The node's bounds on screen, clipped to its window; called on the JavaFX thread only. */
    protected Bounds boundsOnScreen(Node node) {
        return robotContext().getBoundsLocator().boundsOnScreenFor(node);
    }

    @Override
    public FxRobot clickOn(String query, Motion motion, MouseButton... buttons) {
        return clickOn(point(visibleNode(query)), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(String query, Motion motion, MouseButton... buttons) {
        return doubleClickOn(point(visibleNode(query)), motion, buttons);
    }

    @Override
    public FxRobot moveTo(String query, Motion motion) {
        return moveTo(point(visibleNode(query)), motion);
    }

    @Override
    public FxRobot drag(String query, MouseButton... buttons) {
        return drag(point(visibleNode(query)), buttons);
    }

    @Override
    public FxRobot dropTo(String query) {
        return dropTo(point(visibleNode(query)));
    }

    /** The first node the query finds that shows inside its window (TestFX's test, which reads bounds too). */
    private Node visibleNode(String query) {
        return onFx(() -> lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                .orElseThrow(() -> new FxRobotException("the query \"" + query + "\" found no visible node")));
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(WAIT_MS, read);
    }
}
