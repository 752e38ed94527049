package dev.hoodadmin.store;

import dev.hoodadmin.api.ProfileProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyCacheTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database database;

    private PropertyCache open(Path file) {
        database = Database.open(file, AppSchema.current());
        return new PropertyCache(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private PropertyCache open() {
        return open(dir.resolve("outbox.db"));
    }

    @AfterEach
    void close() {
        if (database != null) database.close();
    }

    private static ProfileProperty property(String id, String example, String updateTime) {
        return new ProfileProperty(id, "42", "target_" + id, "Label " + id, "text", example, "About " + id,
                "export_" + id, List.of("alias_" + id), false, false, true, true, "2024-01-01 10:00:00", updateTime);
    }

    private static List<String> ids(List<ProfileProperty> properties) {
        return properties.stream().map(ProfileProperty::id).toList();
    }

    @Test
    void everyFieldSurvivesTheRoundTripIncludingNullsUnicodeAndLongText() {
        PropertyCache cache = open();
        String longDescription = "Ünïcödé — 名前 🏠🔑 ok".repeat(75); // 20 chars (each emoji is two) × 75
        List<ProfileProperty> properties = List.of(
                new ProfileProperty("1", "42", "hood_name", "Nom d’usage 😀", "text", "Zoë 👩‍💻", longDescription,
                        "näme", List.of("alias 1", "псевдоним", "🐙"), true, true, false, true,
                        "2024-01-01 10:00:00", "2024-02-01 12:00:00"),
                new ProfileProperty("2", null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null),
                new ProfileProperty("3", "42", "t", "quote \" back\\slash\nnew line\ttab", "number", "", "", "",
                        List.of(), false, false, null, false, "2024-01-01 10:00:00", "2024-02-02 12:00:00"));

        cache.replaceAll(properties);

        List<ProfileProperty> loaded = cache.loadAll();
        assertThat(loaded).containsExactlyElementsOf(properties);
        assertThat(loaded.get(0).description()).hasSize(1_500).isEqualTo(longDescription);
        assertThat(loaded.get(0).importAliases()).containsExactly("alias 1", "псевдоним", "🐙");
        assertThat(loaded.get(1).piData()).isNull();
        assertThat(loaded.get(1).importAliases()).isEmpty();
    }

    @Test
    void rowsReadBackHoldOneCopyOfTheValuesTheyShare() {
        PropertyCache cache = open();
        cache.replaceAll(List.of(property("1", "", "2024-02-01 12:00:00"), property("2", "", "2024-02-01 12:00:00")));

        List<ProfileProperty> loaded = cache.loadAll();

        // each row is decoded from its own JSON text: equal values are only the same object if shared on purpose
        assertThat(loaded.get(0).dataType()).isSameAs(loaded.get(1).dataType());
        assertThat(loaded.get(0).companyId()).isSameAs(loaded.get(1).companyId());
        assertThat(loaded.get(0).example()).isSameAs(loaded.get(1).example()).isEmpty();
    }

    @Test
    void anEmptyCacheLoadsNothingAndHasNoReadTime() {
        PropertyCache cache = open();

        assertThat(cache.loadAll()).isEmpty();
        assertThat(cache.readAt()).isEmpty();
    }

    @Test
    void theFirstRowsAreHandedOverBeforeTheRestIsRead() {
        PropertyCache cache = open();
        cache.replaceAll(List.of(property("9", "a", null), property("10", "b", null), property("1", "c", null)));
        List<List<String>> handedOver = new ArrayList<>();

        List<ProfileProperty> all = cache.loadAll(2, first -> handedOver.add(ids(first)));

        assertThat(handedOver).containsExactly(List.of("9", "10"));
        assertThat(ids(all)).containsExactly("9", "10", "1");
        // fewer rows kept than asked for first: they all come with the whole copy, nothing is handed over early
        handedOver.clear();
        assertThat(cache.loadAll(5, first -> handedOver.add(ids(first)))).hasSize(3);
        assertThat(handedOver).isEmpty();
    }

    @Test
    void replaceAllKeepsTheGivenOrderAndDropsRowsThatVanished() {
        PropertyCache cache = open();
        cache.replaceAll(List.of(property("9", "a", null), property("10", "b", null), property("1", "c", null)));

        assertThat(ids(cache.loadAll())).containsExactly("9", "10", "1");

        cache.replaceAll(List.of(property("1", "c", null), property("7", "d", null)));

        assertThat(ids(cache.loadAll())).containsExactly("1", "7");
        assertThat(cache.readAt()).contains(NOW);
    }

    @Test
    void upsertPutsChangedRowsInPlaceAndNewRowsAtTheEnd() {
        PropertyCache cache = open();
        cache.replaceAll(List.of(property("3", "three", "2024-01-01 00:00:00"), property("1", "one", null),
                property("2", "two", null)));

        cache.upsert(List.of(property("1", "one, changed", "2024-03-01 00:00:00"), property("8", "eight", null)));

        List<ProfileProperty> loaded = cache.loadAll();
        assertThat(ids(loaded)).containsExactly("3", "1", "2", "8");
        assertThat(loaded.get(1).example()).isEqualTo("one, changed");
        assertThat(loaded.get(1).updateTime()).isEqualTo("2024-03-01 00:00:00");
        assertThat(loaded.get(0).example()).isEqualTo("three");
    }

    @Test
    void aPropertyWithoutAnIdIsNotCachedAndDoesNotStopTheOthers() {
        PropertyCache cache = open();

        cache.replaceAll(List.of(property(null, "no id", null), property("5", "five", null)));

        assertThat(ids(cache.loadAll())).containsExactly("5");
    }

    @Test
    void anUnreadableRowIsSkippedAndTheRestStillLoad() {
        PropertyCache cache = open();
        cache.replaceAll(List.of(property("1", "one", null), property("2", "two", null), property("3", "three", null)));
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE property_cache SET json = '{\"id\": \"2\", \"label\": ' WHERE id = '2'");
                return s.executeUpdate("UPDATE property_cache SET json = '[1, 2]' WHERE id = '3'");
            }
        });

        assertThat(ids(cache.loadAll())).containsExactly("1");
    }

    @Test
    void aCopyWrittenInAnotherFormatIsNotTrusted() {
        PropertyCache cache = open();
        cache.replaceAll(List.of(property("1", "one", null)));
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE cache_meta SET format = " + (PropertyCache.FORMAT + 1));
            }
        });

        assertThat(cache.loadAll()).isEmpty();
    }

    @Test
    void aFileWithOnlyTheOutboxGainsTheCacheAndKeepsItsEdits() {
        Path file = dir.resolve("old-outbox.db");
        Schema outboxOnly = new Schema(AppSchema.current().migrations().subList(0, 1));
        try (Database old = Database.open(file, outboxOnly)) {
            old.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO outbox_edit (property_id, baseline_json, changes_json, state, "
                            + "queue_order, next_attempt_at, created_at, updated_at) "
                            + "VALUES ('77', '{}', '{\"example\":\"kept\"}', 'PENDING', 1, 0, 0, 0)");
                }
            });
        }

        PropertyCache cache = open(file);
        cache.replaceAll(List.of(property("1", "one", null)));

        assertThat(database.schemaVersion()).isEqualTo(AppSchema.current().latestVersion());
        assertThat(ids(cache.loadAll())).containsExactly("1");
        String changes = database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT changes_json FROM outbox_edit WHERE property_id = '77'")) {
                return r.next() ? r.getString(1) : null;
            }
        });
        assertThat(changes).isEqualTo("{\"example\":\"kept\"}");
    }

    @Test
    void aCopyKeptBeforeTheUpgradeIsReadInItsOrderWithoutSortingEveryRowFirst() {
        Path file = dir.resolve("kept-before.db");
        Schema before = new Schema(AppSchema.current().migrations().subList(0, 6));
        try (Database old = Database.open(file, before)) {
            new PropertyCache(old, Clock.fixed(NOW, ZoneOffset.UTC))
                    .replaceAll(List.of(property("9", "a", null), property("10", "b", null), property("1", "c", null)));
        }

        PropertyCache cache = open(file);

        // a sort would read every row, JSON and all, before the window got its first screenful
        String plan = database.read(c -> {
            StringBuilder steps = new StringBuilder();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + PropertyCache.READ_IN_ORDER)) {
                while (r.next()) steps.append(r.getString("detail")).append('\n');
            }
            return steps.toString();
        });
        assertThat(plan).contains("USING INDEX").doesNotContain("TEMP B-TREE");
        assertThat(ids(cache.loadAll())).containsExactly("9", "10", "1");
    }

    @Test
    void aHundredThousandRowsAreWrittenAndReadInAFewSeconds() {
        PropertyCache cache = open();
        List<ProfileProperty> many = new ArrayList<>();
        IntStream.range(0, 100_000).forEach(i -> many.add(property(String.valueOf(i), "example " + i,
                "2024-02-01 12:00:00")));

        long start = System.nanoTime();
        cache.replaceAll(many);
        List<ProfileProperty> loaded = cache.loadAll();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(loaded).hasSize(100_000);
        assertThat(loaded.get(99_999)).isEqualTo(many.get(99_999));
        assertThat(took).isLessThan(Duration.ofSeconds(15)); // row by row without a transaction takes minutes
    }
}
