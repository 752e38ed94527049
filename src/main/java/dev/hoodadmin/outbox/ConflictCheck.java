package dev.hoodadmin.outbox;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyLookup;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.UpdatableField;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps edits from overwriting values changed elsewhere. Before an edit is sent, each field it changes is
 * compared with the server's value as read at most {@link #FRESH_FOR} ago: equal to the edit's baseline (what
 * the person saw) means nobody else changed it; equal to the edit's value means it is already there; anything
 * else is a conflict. Values are read for many properties at once ({@code id=in:}, 500 per request, through
 * the same rate budget), and reads done anyway (an {@code apply}'s own read) count too, so the check costs about
 * one request per minute of sending rather than one per edit.
 */
final class ConflictCheck {
    /** How long a read counts as the server's current value: long enough that a drain at 150 per minute needs few. */
    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    /** What the check found for one edit. */
    record Verdict(Map<UpdatableField, String> theirs, boolean alreadyThere) {
        boolean conflicts() {
            return !theirs.isEmpty();
        }
    }

    /** The server's values of one property and when they were read; null values: the property was not found. */
    private record Seen(Map<UpdatableField, String> values, Instant at) { }

    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    ConflictCheck(Clock clock) {
        this.clock = clock;
    }

    /** The server had these values just now (a read made for another reason). */
    void saw(Collection<ProfileProperty> properties) {
        Instant now = clock.instant();
        for (ProfileProperty property : properties) seen.put(property.id(), new Seen(EditValues.snapshot(property), now));
    }

    /** The server accepted an edit: it holds its values now. */
    void applied(Edit edit) {
        seen.computeIfPresent(edit.propertyId(), (id, before) -> {
            if (before.values() == null) return before;
            Map<UpdatableField, String> values = new EnumMap<>(before.values());
            values.putAll(edit.changes());
            return new Seen(values, before.at());
        });
    }

    /** What was read of the property may no longer hold (a PATCH whose outcome is unknown). */
    void forget(String propertyId) {
        seen.remove(propertyId);
    }

    boolean isFresh(String propertyId) {
        Seen last = seen.get(propertyId);
        return last != null && last.at().plus(FRESH_FOR).isAfter(clock.instant());
    }

    /** Reads the current values of the given properties (ids the server does not know are noted as such). */
    void read(PropertyApi api, Collection<String> ids) throws HoodApiException, InterruptedException {
        PropertyLookup.Result result = new PropertyLookup(new PropertyPager(api, PropertyPager.Pause.REAL)).read(ids);
        Instant now = clock.instant();
        for (String id : ids) {
            ProfileProperty found = result.found().get(id);
            seen.put(id, new Seen(found == null ? null : EditValues.snapshot(found), now));
        }
    }

    /**
     * Compares an edit being sent with the last values read. A property not found, or a flag whose baseline is
     * unknown, is not judged here: the server answers the PATCH (404, or it applies).
     */
    Verdict judge(Edit edit) {
        Seen last = seen.get(edit.propertyId());
        Map<UpdatableField, String> theirs = new EnumMap<>(UpdatableField.class);
        if (last == null || last.values() == null) return new Verdict(theirs, false);
        boolean allThere = true;
        for (Map.Entry<UpdatableField, String> change : edit.changes().entrySet()) {
            UpdatableField field = change.getKey();
            String server = last.values().get(field);
            if (EditValues.same(field, server, change.getValue())) continue;
            allThere = false;
            String baseline = edit.baselineOf(field);
            boolean unknown = baseline == null && field.isFlag(); // a text field the server did not send was empty
            if (!unknown && !EditValues.same(field, server, baseline)) theirs.put(field, server);
        }
        return new Verdict(theirs, allThere);
    }
}
