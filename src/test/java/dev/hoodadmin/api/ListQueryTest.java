package dev.hoodadmin.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListQueryTest {

    @Test
    void writesEveryQueryFeature() {
        ListQuery query = ListQuery.all()
                .withPage(2, 100)
                .withSort(SortKey.desc("update_time"), SortKey.asc("data_type"))
                .withSearch("région & co", "label", "description")
                .withFilter(Filter.eq("system", "0"))
                .withFilter(Filter.of("id", FilterOperator.IN, "1000105", "1000106"))
                .withFilter(Filter.of("update_time", FilterOperator.GT, "2024-01-01 10:00:00"))
                .withFilter(Filter.of("example", FilterOperator.ISN))
                .withFields("id", "label")
                .withFullView();

        assertThat(query.toQueryString()).isEqualTo("page=2,100&sort=-update_time,data_type"
                + "&q=r%C3%A9gion%20%26%20co&q_fields=label,description&system=0&id=in:1000105,1000106"
                + "&update_time=gt:2024-01-01%2010:00:00&example=isn:&fields=id,label&view=full");
    }

    @Test
    void emptyQueryHasNoParameters() {
        assertThat(ListQuery.all().toQueryString()).isEmpty();
        assertThat(ListQuery.all().withPage(3, null).toQueryString()).isEqualTo("page=3");
    }

    @Test
    void refusesFieldsTheContractDoesNotAllow() {
        assertThatThrownBy(() -> SortKey.asc("label")).hasMessageContaining("not sortable");
        assertThatThrownBy(() -> Filter.eq("description", "x")).hasMessageContaining("not filterable");
        assertThatThrownBy(() -> ListQuery.all().withSearch("x", "example")).hasMessageContaining("not searchable");
        assertThatThrownBy(() -> ListQuery.all().withPage(0, 10)).hasMessageContaining("1-based");
    }

    @Test
    void parsesCommandLineFilters() {
        assertThat(Filter.parse("system=0")).isEqualTo(Filter.eq("system", "0"));
        assertThat(Filter.parse("id=in:1,2,3")).isEqualTo(Filter.of("id", FilterOperator.IN, "1", "2", "3"));
        assertThat(Filter.parse("update_time=gte:2024-01-01 00:00:00"))
                .isEqualTo(Filter.of("update_time", FilterOperator.GTE, "2024-01-01 00:00:00"));
        assertThat(Filter.parse("create_time=r:2024-01-01,2024-02-01"))
                .isEqualTo(Filter.of("create_time", FilterOperator.RANGE, "2024-01-01", "2024-02-01"));
        assertThat(Filter.parse("example=is:")).isEqualTo(Filter.of("example", FilterOperator.IS));
        // an unknown operator word is part of the value, as the server would read it
        assertThat(Filter.parse("label=foo:bar")).isEqualTo(Filter.eq("label", "foo:bar"));
        assertThatThrownBy(() -> Filter.parse("nonsense")).hasMessageContaining("field=[op:]value");
    }
}
