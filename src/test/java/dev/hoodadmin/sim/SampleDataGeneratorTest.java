package dev.hoodadmin.sim;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataGeneratorTest {
    private static final Set<PropertyField> ALL = EnumSet.allOf(PropertyField.class);

    private static List<Map<String, Object>> json(int count, long seed) {
        return new SampleDataGenerator(seed).generate(count).stream()
                .map(row -> row.toJson(ALL)).collect(Collectors.toList());
    }

    private static List<Map<String, Object>> rowsWhere(List<Map<String, Object>> rows,
                                                       Predicate<Map<String, Object>> condition) {
        return rows.stream().filter(condition).collect(Collectors.toList());
    }

    @Test
    void sameSeedGivesSameDataAndAnotherSeedDiffers() {
        assertThat(json(300, 7)).isEqualTo(json(300, 7));
        assertThat(json(300, 7)).isNotEqualTo(json(300, 8));
    }

    @Test
    void idsAreConsecutiveDigitStringsFrom1000100() {
        List<Map<String, Object>> rows = json(300, 1);
        assertThat(rows).hasSize(300);
        assertThat(rows.get(0)).containsEntry("id", "1000100").containsEntry("company_id", "1000001");
        assertThat(rows.get(299)).containsEntry("id", "1000399");
    }

    @Test
    void aboutOneInFiveIsSystem() {
        for (int count : new int[] {300, 20_000}) {
            long system = json(count, 3).stream().filter(row -> Integer.valueOf(1).equals(row.get("system"))).count();
            assertThat((double) system / count).as("system share of %d", count).isBetween(0.15, 0.25);
        }
    }

    @Test
    void exactlyOneRowNamesItsLabelProperty() {
        List<Map<String, Object>> rows = json(300, 1);
        List<Map<String, Object>> aliased = rowsWhere(rows, row -> row.containsKey("property"));
        assertThat(aliased).hasSize(1);
        assertThat(aliased.get(0)).doesNotContainKey("label").containsEntry("property", "Last Purchase At");
        assertThat(rowsWhere(rows, row -> !row.containsKey("label"))).hasSize(1);
    }

    @Test
    void containsTheAwkwardValuesAClientMustSurvive() {
        List<Map<String, Object>> rows = json(300, 1);
        Map<String, Object> nulls = byTarget(rows, "coupon_code");
        assertThat(nulls).containsEntry("example", null).containsEntry("description", null)
                .containsEntry("export_alias", null).containsKey("example");
        Map<String, Object> missing = byTarget(rows, "referral_source");
        assertThat(missing).doesNotContainKeys("import_aliases", "example", "export_alias");
        assertThat(byTarget(rows, "city_aliases").get("import_aliases")).isEqualTo(List.of("town", "city", "town"));
        assertThat((String) byTarget(rows, "preferred_region").get("label")).contains("é", "首选地区");
        assertThat((String) byTarget(rows, "favourite_emoji").get("label")).contains("🎉");
        assertThat((String) byTarget(rows, "newsletter_opt_in").get("description"))
                .contains("<b>bold</b> & \"quotes\"");
        assertThat((String) byTarget(rows, "customer_notes").get("description")).hasSize(1_500);
        assertThat(byTarget(rows, "home_location")).containsEntry("data_type", "geo_point");
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("create_time"))
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        assertThat(rows.stream().map(row -> row.get("data_type")).collect(Collectors.toSet()))
                .contains("text", "number", "date", "boolean");
    }

    @Test
    void hundredThousandRowsAreQuickAndUnique() {
        // CPU time of this thread, not wall time: other builds on a shared machine must not fail this test.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        List<PropertyRow> rows = new SampleDataGenerator(42).generate(SimulatorConfig.MAX_PROPERTIES);
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

        assertThat(millis).as("CPU ms to generate (about 370 measured cold)").isLessThan(2_000);
        Set<Object> targets = new HashSet<>();
        rows.forEach(row -> targets.add(row.get(PropertyField.TARGET)));
        assertThat(targets).hasSize(SimulatorConfig.MAX_PROPERTIES);
    }

    private static Map<String, Object> byTarget(List<Map<String, Object>> rows, String target) {
        return rows.stream().filter(row -> target.equals(row.get("target"))).findFirst().orElseThrow();
    }
}
