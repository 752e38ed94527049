package dev.hoodadmin.ui.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's sources put no words on screen but through {@link Texts}: a call that sets a control's text,
 * prompt, tooltip, accessible text or a dialog's title, header or content from a string literal with letters
 * in it fails here, naming file and line.
 */
class WindowTextsScanTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/hoodadmin");
    private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern TEXT_CALL = Pattern.compile(
            "(?:\\.(?:setText|setPromptText|setAccessibleText|setTitle|setHeaderText|setContentText)"
                    + "|new\\s+(?:Label|Button|Tooltip|MenuItem|Menu|CheckMenuItem|RadioMenuItem|CheckBox|RadioButton"
                    + "|ButtonType|TableColumn(?:<[^>]*>)?))\\s*\\(\\s*" + LITERAL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Words that are the same in every language; keep it short, and say why each is here. */
    private static final Set<String> ALLOWED = Set.of(
            "Hood Admin"); // the product's name

    @Test
    void noWindowSourceShowsALiteralText() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String area : List.of("ui", "app")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(area))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    scanned++;
                    found.addAll(literalTexts(SOURCES.relativize(file).toString(),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(scanned).as("window sources read").isGreaterThan(100);
        assertThat(found).as("texts to move into messages.properties and read with Texts.get").isEmpty();
    }

    @Test
    void theScanCatchesEachKindOfCallAndLetsKeysAndSymbolsPass() {
        String source = """
                label.setText("Saved");
                Button b = new Button("_Retry", icon);
                field.setPromptText(Texts.get("find.filter.prompt"));
                button.setTooltip(new Tooltip("Copy " + what));
                alert.setHeaderText("1 edit has not been sent yet.");
                new TableColumn<Edit, String>("State");
                count.setText("");
                arrow.setText("→ " + value);
                stage.setTitle("Hood Admin");
                """;

        assertThat(literalTexts("Sample.java", source)).containsExactly(
                "Sample.java:1: \"Saved\"", "Sample.java:2: \"_Retry\"", "Sample.java:4: \"Copy \"",
                "Sample.java:5: \"1 edit has not been sent yet.\"", "Sample.java:6: \"State\"");
    }

    /** "file:line: "literal"" for each text call whose literal has a letter and is not allowed. */
    static List<String> literalTexts(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher call = TEXT_CALL.matcher(source);
        while (call.find()) {
            String literal = call.group(1);
            if (LETTER.matcher(literal).find() && !ALLOWED.contains(literal)) {
                int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(file + ":" + line + ": \"" + literal + "\"");
            }
        }
        return found;
    }
}
