package dev.hoodadmin.engine;

import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ratelimit.RateBudgetConfig;
import dev.hoodadmin.ratelimit.RequestGate;

/** Makes the request gate (rate budget) of one opened account; every request made for it passes the gate. */
@FunctionalInterface
public interface GateFactory {

    RequestGate newGate();

    /**
     * The one place where the command line's budget is made: Hood's class C limits (10 per second and
     * 150 per minute) on the real clock. A fresh budget per run; it learns the server's window phase and
     * what others spent from the response headers.
     */
    static GateFactory hoodLimits() {
        return () -> RateBudget.withSystemClock(RateBudgetConfig.defaults());
    }
}
