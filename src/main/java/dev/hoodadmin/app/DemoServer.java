package dev.hoodadmin.app;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Demo mode: the built-in simulator on loopback with sample data, and a throw-away token for it. */
public final class DemoServer implements AutoCloseable {
    public static final int SAMPLE_SIZE = 300;

    private final HoodSimulator simulator;
    private final ApiToken token;

    private DemoServer(HoodSimulator simulator, ApiToken token) {
        this.simulator = simulator;
        this.token = token;
    }

    public static DemoServer start() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = "demo-" + HexFormat.of().formatHex(random);
        HoodSimulator simulator = HoodSimulator.start(SimulatorConfig.builder(token).properties(SAMPLE_SIZE).build());
        return new DemoServer(simulator, ApiToken.of(token));
    }

    public Endpoint endpoint() {
        return new Endpoint(simulator.baseUri());
    }

    public ApiToken token() {
        return token;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
