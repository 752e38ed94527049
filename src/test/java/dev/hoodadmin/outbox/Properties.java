package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;

import java.util.List;

/** Properties as the list endpoint would return them. */
final class Properties {
    private Properties() {
    }

    static ProfileProperty custom(String id) {
        return new ProfileProperty(id, "c1", "target_" + id, "Label " + id, "text", "example " + id,
                "description " + id, "alias_" + id, List.of(), false, false, true, true,
                "2025-01-01 10:00:00", "2025-01-01 10:00:00");
    }

    static ProfileProperty system(String id) {
        return new ProfileProperty(id, "c1", "email", "Email", "text", "a@b.c", "Hood's own", "email",
                List.of(), true, true, true, true, "2025-01-01 10:00:00", "2025-01-01 10:00:00");
    }

    static ProfileProperty withNullDescription(String id) {
        ProfileProperty p = custom(id);
        return new ProfileProperty(p.id(), p.companyId(), p.target(), p.label(), p.dataType(), p.example(), null,
                p.exportAlias(), p.importAliases(), p.piData(), p.system(), p.importable(), p.exportable(),
                p.createTime(), p.updateTime());
    }
}
