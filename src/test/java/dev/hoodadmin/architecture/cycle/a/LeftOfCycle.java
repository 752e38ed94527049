package dev.hoodadmin.architecture.cycle.a;

import dev.hoodadmin.architecture.cycle.b.RightOfCycle;

/** Deliberately wrong (see ArchitectureRulesBiteTest): one half of a package cycle. */
public final class LeftOfCycle {
    public RightOfCycle right() {
        return new RightOfCycle();
    }
}
