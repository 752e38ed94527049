package dev.hoodadmin.sim;

import java.util.List;
import java.util.Set;

/**
 * A parsed list request.
 *
 * @param page         1-based page number
 * @param pageSize     items per page, already clamped to the maximum
 * @param search       lower-cased {@code q} text, or null for no search
 * @param searchFields fields {@code q} looks in
 * @param fields       fields to return in each item (always includes id)
 */
record ListQuery(int page, int pageSize, List<SortKey> sort, String search, Set<PropertyField> searchFields,
                 List<Filter> filters, Set<PropertyField> fields) {
}
