package dev.hoodadmin.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedStringsTest {
    @Test
    void equalValuesBecomeOneInstanceUntilThePoolIsFull() {
        SharedStrings pool = new SharedStrings(2);
        String first = pool.share(new String("2024-01-02 03:04:05"));

        assertThat(pool.share(new String("2024-01-02 03:04:05"))).isSameAs(first);
        pool.share("2024-02-03 04:05:06");
        String third = new String("2025-01-01 00:00:00");
        assertThat(pool.share(third)).as("past the bound a value is kept as it is").isSameAs(third);
        assertThat(pool.share(new String("2024-01-02 03:04:05"))).as("values shared before stay shared").isSameAs(first);
        assertThat(pool.share(null)).isNull();
    }

    @Test
    void timestampsFillingTheirPoolNeverStopDataTypesBeingShared() {
        for (int i = 0; i < 25_000; i++) SharedStrings.TIMESTAMPS.share("t" + i);
        String type = SharedStrings.FEW_VALUES.share(new String("geo_point_test"));

        assertThat(SharedStrings.FEW_VALUES.share(new String("geo_point_test"))).isSameAs(type);
    }
}
