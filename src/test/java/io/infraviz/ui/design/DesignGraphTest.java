package io.infraviz.ui.design;

import io.infraviz.model.Design;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.scenario.DesignCheck;
import io.infraviz.scenario.ExampleDesigns;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The design graph's hooks without a window: what a drawn link may join and which way it runs,
 * a design drawn and read back unchanged, the Primary moved by turning replication round.
 */
class DesignGraphTest {
    private final DesignGraph graph = new DesignGraph();
    private final DesignDrawing drawing = new DesignDrawing(graph);

    @Test
    void aDesignIsDrawnAndReadBackAsItWas() {
        Design d = Design.of(ExampleDesigns.CENTRAL_STORAGE.topology());
        drawing.draw(d);
        Design back = drawing.read(d.name());
        assertThat(back.parts()).containsExactlyInAnyOrderElementsOf(d.parts());
        assertThat(back.hosts()).isEqualTo(d.hosts());
        assertThat(back.links()).containsExactlyInAnyOrderElementsOf(d.links());
        assertThat(DesignCheck.problems(back)).isEmpty();
    }

    @Test
    void aLinkIsRefusedWithAReasonBeforeItIsDrawn() {
        drawing.draw(Design.of(Stages.DISTRIBUTED.topology()));
        Object files = drawing.cellOf("web-01.files");
        assertThat(graph.linkError(files, drawing.cellOf("dns")))
                .isEqualTo("Cannot link App files (web-01.files) and DNS (dns): only the application server reads the app files");
        assertThat(graph.linkError(files, files)).isEqualTo("A part cannot be linked to itself");
        assertThat(graph.linkError(drawing.cellOf("web-01"), files))
                .startsWith("Links join parts, not servers");
        // already linked, asked either way round
        assertThat(graph.linkError(drawing.cellOf("web-01.files"), drawing.cellOf("web-01.app")))
                .isEqualTo("App files (web-01.files) and App server (web-01.app) are already linked");
        assertThat(graph.linkError(drawing.cellOf("web-01.app"), drawing.cellOf("web-01.files")))
                .isEqualTo("App server (web-01.app) and App files (web-01.files) are already linked");
    }

    @Test
    void aLinkDrawnFromTheCalleeRunsFromTheCaller() {
        drawing.draw(Design.of(Stages.ONE_SERVER.topology()));
        graph.removeCells(new Object[] {drawing.cellOf("server-01.app->server-01.mysql")}, true);
        graph.insertEdge(graph.getDefaultParent(), null, null, drawing.cellOf("server-01.mysql"),
                drawing.cellOf("server-01.app"));
        assertThat(drawing.read("x").links()).contains(new Link("server-01.app", "server-01.mysql", LinkPurpose.DATABASE));
    }

    @Test
    void makingAReplicaThePrimaryTurnsTheReplicationRound() {
        drawing.draw(Design.of(Stages.DISTRIBUTED.topology()));
        assertThat(new ReplicationRoot(graph).makeRoot("web-02.mysql")).isTrue();
        Design d = drawing.read("x");
        assertThat(d.links()).contains(new Link("web-02.mysql", "web-01.mysql", LinkPurpose.REPLICATION));
        assertThat(DesignCheck.primary(d)).isEqualTo("web-02.mysql");
        assertThat(DesignCheck.problems(d)).isEmpty();
    }

    @Test
    void deletingTheLastServerLeavesAnEmptyCanvasThatSaysWhatIsMissing() {
        drawing.draw(Design.of(Stages.ONE_SERVER.topology()));
        graph.removeCells(graph.getChildCells(graph.getDefaultParent()), true);
        Design d = drawing.read("x");
        assertThat(d.parts()).isEmpty();
        assertThat(DesignCheck.problems(d)).extracting(DesignCheck.Problem::text)
                .anySatisfy(t -> assertThat(t).startsWith("no users"));
    }
}
