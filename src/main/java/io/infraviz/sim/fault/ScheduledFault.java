package io.infraviz.sim.fault;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;

import java.util.Locale;

/**
 * A fault applied at a simulated time ({@code T_MS:ACTION:ID}) or just before a request is sent
 * ({@code @INDEX:ACTION:ID}).
 *
 * @param atMicros     the time, or -1 when it is tied to a request
 * @param beforeIndex  the request index, or -1 when it is tied to a time
 */
public record ScheduledFault(long atMicros, long beforeIndex, Fault fault) {

    public static ScheduledFault at(long micros, Fault fault) {
        return new ScheduledFault(micros, -1, fault);
    }

    public static ScheduledFault beforeRequest(long index, Fault fault) {
        return new ScheduledFault(-1, index, fault);
    }

    public boolean timed() {
        return beforeIndex < 0;
    }

    /**
     * Parses {@code T_MS:ACTION:ID} or {@code @INDEX:ACTION:ID}.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static ScheduledFault parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3 || parts[2].isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not T_MS:ACTION:ID or @INDEX:ACTION:ID");
        }
        FaultAction action = FaultAction.fromCode(parts[1].toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "': unknown action '" + parts[1] + "' (use one of "
                        + FaultAction.codes() + ")"));
        Fault fault = new Fault(action, parts[2].trim());
        String when = parts[0].trim();
        try {
            if (when.startsWith("@")) {
                long index = Long.parseLong(when.substring(1));
                if (index < 0) {
                    throw new IllegalArgumentException("'" + text + "': the request index must not be negative");
                }
                return beforeRequest(index, fault);
            }
            double ms = Double.parseDouble(when);
            if (!(ms >= 0) || Double.isInfinite(ms)) {
                throw new IllegalArgumentException("'" + text + "': the time must be 0 ms or later");
            }
            return at(SimTime.ms(ms), fault);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': '" + when + "' is neither a time in ms nor @INDEX");
        }
    }

    @Override
    public String toString() {
        return (timed() ? io.infraviz.engine.SimTime.formatMs(atMicros) : "@" + beforeIndex) + ":" + fault;
    }
}
