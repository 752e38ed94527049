package dev.hoodadmin.ui.table;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdComparatorTest {

    @Test
    void numericIdsSortAsNumbersThenOtherIdsAsText() {
        List<String> ids = new ArrayList<>(Arrays.asList("1000105", "abc", "99", null, "0100", "200", "X1"));

        ids.sort(new IdComparator());

        assertThat(ids).containsExactly(null, "99", "0100", "200", "1000105", "X1", "abc");
    }
}
