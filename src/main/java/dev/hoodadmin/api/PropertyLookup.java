package dev.hoodadmin.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the current values of many properties by id in as few requests as the API allows ({@code id=in:…},
 * up to {@value #IDS_PER_REQUEST} ids per read), so that one bad row never fails the others: when a read is
 * refused (400, e.g. "Invalid value for filter id") or its answer cannot be read (a broken or huge value),
 * the group is split in halves and each half read again, down to single ids. The ids left failing alone are
 * returned as refused with the server's reason; every other id is still read.
 *
 * <p>A server that refuses or garbles every read is told apart from bad rows: once several single ids have
 * failed and no read has succeeded, the failure is the server's and is thrown, rather than splitting on.
 */
public final class PropertyLookup {
    public static final int IDS_PER_REQUEST = 500;
    /** Single ids that may fail before any read succeeds, before the server itself is blamed. */
    static final int LONE_FAILURES_BEFORE_BLAMING_THE_SERVER = 4;

    /**
     * @param found   the properties that exist among the ids asked for, by id
     * @param refused the ids whose read the server refused or garbled, with its reason
     * Ids in neither map are unknown to the server (deleted, or never existed).
     */
    public record Result(Map<String, ProfileProperty> found, Map<String, ApiError> refused) {
        public Result {
            found = Map.copyOf(found);
            refused = Map.copyOf(refused);
        }
    }

    private final PropertyPager pager;
    private final int idsPerRequest;

    public PropertyLookup(PropertyPager pager) {
        this(pager, IDS_PER_REQUEST);
    }

    PropertyLookup(PropertyPager pager, int idsPerRequest) {
        this.pager = pager;
        this.idsPerRequest = idsPerRequest;
    }

    /**
     * @throws HoodApiException when the server cannot be read at all (network, credentials, retries spent on
     *                          429 or 5xx, or every read refused): no id can be judged then
     */
    public Result read(Collection<String> ids) throws HoodApiException, InterruptedException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Walk walk = new Walk();
        for (int from = 0; from < distinct.size(); from += idsPerRequest) {
            walk.read(distinct.subList(from, Math.min(distinct.size(), from + idsPerRequest)));
        }
        return new Result(walk.found, walk.refused);
    }

    /** The state of one lookup. */
    private final class Walk {
        final Map<String, ProfileProperty> found = new LinkedHashMap<>();
        final Map<String, ApiError> refused = new LinkedHashMap<>();
        int successfulReads;

        void read(List<String> group) throws HoodApiException, InterruptedException {
            try {
                Set<String> wanted = Set.copyOf(group);
                ListQuery query = ListQuery.all().withFilter(Filter.of("id", FilterOperator.IN, group.toArray(String[]::new)));
                for (ProfileProperty property : pager.fetchAll(query, idsPerRequest, (rows, loaded, total) -> { })) {
                    // a server that ignored the filter would send others too: keep only what was asked for
                    if (wanted.contains(property.id())) found.put(property.id(), property);
                }
                successfulReads++;
            } catch (HoodApiException e) {
                if (!isAboutTheRows(e.kind())) throw e;
                if (group.size() > 1) {
                    int half = group.size() / 2;
                    read(group.subList(0, half));
                    read(group.subList(half, group.size()));
                    return;
                }
                refused.put(group.get(0), e.error());
                if (successfulReads == 0 && refused.size() >= LONE_FAILURES_BEFORE_BLAMING_THE_SERVER) throw e;
            }
        }
    }

    /** A refusal or an unreadable answer may be caused by one id or one row; other failures are not. */
    private static boolean isAboutTheRows(ApiErrorKind kind) {
        return kind == ApiErrorKind.BAD_REQUEST || kind == ApiErrorKind.MALFORMED_RESPONSE;
    }
}
