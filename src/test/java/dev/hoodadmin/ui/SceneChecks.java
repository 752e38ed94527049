package dev.hoodadmin.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Checks over a whole scene that the layout and accessibility tests share. Call on the JavaFX thread. */
public final class SceneChecks {
    private static final String ELLIPSIS = "…";

    private SceneChecks() {
    }

    /**
     * Every labelled control a person sees whose text JavaFX cut to fit ("Sa…" for "Save"), as "id: text".
     * JavaFX draws the cut string in the control's text node while {@link Labeled#getText()} keeps the whole
     * one. Cells of tables and lists are left out: a long description cut in its column is the table's way.
     */
    public static List<String> cutTexts(Scene scene) {
        List<String> cut = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node instanceof Labeled labeled && showing(labeled) && !inVirtualFlow(labeled) && isCut(labeled)) {
                cut.add(name(labeled) + ": \"" + shownText(labeled) + "\" of \"" + labeled.getText() + "\"");
            }
        });
        return cut;
    }

    /**
     * Whether JavaFX cut the control's text to fit: it draws a shorter string ending in the control's ellipsis
     * ("…" or, the default, "...") than the text it holds.
     */
    public static boolean isCut(Labeled labeled) {
        String full = labeled.getText();
        String shown = shownText(labeled);
        if (full == null || full.isEmpty() || shown == null) return false;
        // "_File" is drawn "File", its F underlined
        if (labeled.isMnemonicParsing()) full = full.replaceFirst("_(.)", "$1");
        if (shown.equals(full)) return false;
        String ellipsis = labeled.getEllipsisString();
        return shown.endsWith(ellipsis) || shown.endsWith(ELLIPSIS) || shown.length() < full.length();
    }

    /** The string the control draws, from its skin's text node; null before it is laid out. */
    public static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getStyleClass().contains("text")) return text.getText();
        }
        Node text = labeled.lookup(".text");
        return text instanceof Text t ? t.getText() : null;
    }

    /**
     * Every control the keyboard can reach that has no name a screen reader could say: no accessible
     * text, no text of its own and no label bound to it with {@link Label#setLabelFor}.
     */
    public static List<String> unnamedControls(Scene scene) {
        List<Label> labels = new ArrayList<>();
        List<Control> focusable = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node instanceof Label label && label.getLabelFor() != null) labels.add(label);
            if (node instanceof Control control && control.isFocusTraversable() && !inVirtualFlow(control)) {
                focusable.add(control);
            }
        });
        List<String> unnamed = new ArrayList<>();
        for (Control control : focusable) {
            if (!blank(control.getAccessibleText())) continue;
            if (control instanceof Labeled labeled && !blank(labeled.getText())) continue;
            if (labels.stream().anyMatch(label -> label.getLabelFor() == control && !blank(label.getText()))) continue;
            unnamed.add(name(control));
        }
        return unnamed;
    }

    /** Whether the node shows and lies wholly inside its window's scene. */
    public static boolean visibleInside(Node node) {
        if (!showing(node) || node.getScene() == null) return false;
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        return bounds.getWidth() > 0 && bounds.getHeight() > 0 && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() + 0.5 && bounds.getMaxY() <= scene.getHeight() + 0.5;
    }

    /** Whether the node and every parent are visible. */
    public static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) return false;
        }
        return true;
    }

    /** A name to find the node by in a failure message: its id, else its class and text. */
    public static String name(Node node) {
        if (node.getId() != null) return "#" + node.getId();
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        Node parent = node.getParent();
        while (parent != null && parent.getId() == null) parent = parent.getParent();
        return node.getClass().getSimpleName() + text + (parent == null ? "" : " in #" + parent.getId());
    }

    /** Whether the node is part of a table's or list's rows (its cells, their editors). */
    private static boolean inVirtualFlow(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof VirtualFlow<?>) return true;
        }
        return false;
    }

    private static void visit(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) visit(child, visitor);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
