package dev.hoodadmin.api.archfixture;

import dev.hoodadmin.outbox.Outbox;

/** Deliberately wrong (see ArchitectureRulesBiteTest): the API client reaching into the outbox. */
public final class ApiThatReadsTheOutbox {
    public int pending(Outbox outbox) {
        return outbox.list().size();
    }
}
