package io.infraviz.model;

import java.util.Map;
import java.util.Optional;

/**
 * Timing presets. {@code classroom} slows every hop so a person can follow a request at 1x
 * speed; {@code realistic} uses real magnitudes (sub-millisecond LAN hops, HAProxy's default
 * checks, the timeouts of Debian's packaged haproxy.cfg) so the numbers match a real system.
 */
public enum Preset implements Coded {
    CLASSROOM("classroom"),
    REALISTIC("realistic");

    private static final long MS = 1000;

    private final String code;

    Preset(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Preset> fromCode(String code) {
        return Coded.find(Preset.class, code);
    }

    /** The full settings of this preset. */
    public SimulationSettings settings() {
        return new SimulationSettings(timings(), lb(), traffic(), new DatabaseSettings(ReadPolicy.REPLICA, 8, true,
                this == CLASSROOM ? 10_000 * MS : 60_000 * MS),
                capacity(), new SecuritySettings(false, false, false, false, this == CLASSROOM ? 8_000 * MS : 60_000 * MS));
    }

    private Timings timings() {
        return switch (this) {
            case CLASSROOM -> new Timings(500 * MS, 350 * MS, 200 * MS, 150 * MS, 80 * MS, 80 * MS, 300 * MS,
                    150 * MS, 200 * MS, 300 * MS, 400 * MS, 30_000 * MS, 3_000 * MS, 15_000 * MS,
                    2_000 * MS, 60_000 * MS, 5_000 * MS, 3_000 * MS, 10);
            case REALISTIC -> new Timings(10 * MS, 100, 20, 1 * MS, 50, 50, 5 * MS,
                    100, 500, 1 * MS, 500, 300_000 * MS, 5_000 * MS, 30_000 * MS,
                    3_000 * MS, 60_000 * MS, 10_000 * MS, 3_000 * MS, 20);
        };
    }

    private LbSettings lb() {
        return switch (this) {
            case CLASSROOM -> new LbSettings(Algorithm.ROUND_ROBIN, LbMode.ACTIVE_ACTIVE, CheckType.HTTP, 2000, 3, 2,
                    3, false, false, 1000, 12_000, Map.of());
            case REALISTIC -> new LbSettings(Algorithm.ROUND_ROBIN, LbMode.ACTIVE_ACTIVE, CheckType.HTTP, 2000, 3, 2,
                    3, false, false, 5000, 50_000, Map.of());
        };
    }

    private TrafficSettings traffic() {
        return switch (this) {
            case CLASSROOM -> new TrafficSettings(800 * MS, false, 0.2);
            case REALISTIC -> new TrafficSettings(10 * MS, false, 0.2);
        };
    }

    private CapacitySettings capacity() {
        return switch (this) {
            case CLASSROOM -> new CapacitySettings(4, 32);
            case REALISTIC -> new CapacitySettings(8, 511);
        };
    }
}
