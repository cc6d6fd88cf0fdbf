package io.infraviz.diagram;

import com.mxgraph.util.mxCellRenderer;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

class RenderScratchTest {
    @Test
    void render() throws Exception {
        System.setProperty("java.awt.headless", "true");
        for (DiagramTheme t : DiagramTheme.values()) {
            Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
            sim.schedule(ScheduledFault.parse("1000:kill:web-02"));
            sim.schedule(ScheduledFault.parse("1000:hang:web-01.app"));
            sim.schedule(ScheduledFault.parse("1000:cut:lb-01.haproxy->web-01.nginx"));
            sim.startTraffic(-1);
            sim.runUntil(6_000_000);
            Diagram d = new Diagram(Stages.DISTRIBUTED.topology(), t);
            d.show(DiagramState.of(sim));
            BufferedImage img = mxCellRenderer.createBufferedImage(d.graph(), null, 1.5, t.canvasColor(), true, null);
            ImageIO.write(img, "png", new File("/tmp/diagram-" + t + ".png"));
        }
    }
}
