package dev.hoodadmin.architecture.cycle.b;

import dev.hoodadmin.architecture.cycle.a.LeftOfCycle;

/** Deliberately wrong (see ArchitectureRulesBiteTest): the other half of a package cycle. */
public final class RightOfCycle {
    public LeftOfCycle left() {
        return new LeftOfCycle();
    }
}
