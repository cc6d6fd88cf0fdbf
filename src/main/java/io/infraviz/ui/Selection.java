package io.infraviz.ui;

import io.infraviz.sim.SimulationView;

/** When the diagram's selection and the inspector forget what was selected. */
final class Selection {
    private Selection() {
    }

    /**
     * True when a rebuilt run starts over at time 0 (a reset, a new stage or file). Stepping back
     * and scrubbing also rebuild the run, but show the same run at an earlier moment: the
     * selection stays, so a person can watch one part while going back in time.
     */
    static boolean runStartedOver(SimulationView sim) {
        return sim.now() == 0;
    }
}
