package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.FxRobotExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Before each test, opens an {@link EditorHarness} on TestFX's primary stage with a fresh temporary folder and
 * puts it into the test's {@code EditorHarness} field; after the test, closes it, the stages and the folder.
 * It is the tests' {@link FxRobotExtension} too ({@code FxRobot} parameters, keys released after a test), so
 * a test class needs no more than:
 * <pre>
 * &#64;RegisterExtension
 * final EditorExtension editor = new EditorExtension();
 * private EditorHarness app;
 * </pre>
 */
final class EditorExtension extends FxRobotExtension {
    private final EditorHarness.Setup setup;
    private Path folder;
    private EditorHarness harness;

    EditorExtension() {
        this(EditorHarness.Setup.DEFAULT);
    }

    EditorExtension(EditorHarness.Setup setup) {
        this.setup = setup;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        // registered on an instance field, so JUnit made the test instance before it knew this extension
        postProcessTestInstance(test, context);
        super.beforeEach(context);
        folder = Files.createTempDirectory("editor-test-");
        FxToolkit.setupStage(stage -> harness = new EditorHarness(folder, stage, setup));
        injectHarness(test);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (harness != null) harness.close();
            FxToolkit.cleanupStages();
            super.afterEach(context);
        } finally {
            deleteFolder();
        }
    }

    private void injectHarness(Object test) throws IllegalAccessException {
        List<Field> fields = Stream.of(test.getClass().getDeclaredFields())
                .filter(field -> field.getType() == EditorHarness.class).toList();
        if (fields.isEmpty()) {
            throw new IllegalStateException(test.getClass().getSimpleName() + " has no EditorHarness field to receive the harness");
        }
        for (Field field : fields) {
            field.setAccessible(true);
            field.set(test, harness);
        }
    }

    private void deleteFolder() throws IOException {
        if (folder == null) return;
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(folder)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) Files.deleteIfExists(path);
    }
}
