package io.infraviz.ui.design;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Design;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.scenario.ExampleDesigns;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New things dropped on the canvas, without a window: servers are named server-01, server-02, the
 * next free number; a drop never lands on top of what is drawn, but as near the drop as there is room.
 */
class DesignPlacingTest {
    private final DesignEditor editor = new DesignEditor(DiagramTheme.LIGHT);

    @Test
    void serversDroppedOnOneSpotGetTheNextFreeNameAndTheirOwnRoom() {
        editor.load(Design.empty());
        drop(PartKind.SERVER, 100, 100);
        drop(PartKind.SERVER, 100, 100);
        drop(PartKind.NGINX, 150, 150);
        drop(PartKind.USERS, 120, 120);
        assertThat(editor.design().hosts()).extracting(h -> h.id()).containsExactly("server-01", "server-02", "server-03");
        assertThat(editor.design().parts()).extracting(c -> c.id()).contains("server-03.nginx", "users");
        assertThat(overlaps()).as("boxes on top of each other").isEmpty();
        assertThat(box("server-01").getX()).as("the first one where it was dropped").isEqualTo(100);

        editor.select("server-02");
        editor.deleteSelection();
        drop(PartKind.SERVER, 100, 100);
        assertThat(editor.design().hosts()).extracting(h -> h.id()).containsExactly("server-01", "server-03", "server-02");
        assertThat(overlaps()).isEmpty();
    }

    @Test
    void aDropOnADrawnDesignFindsRoomNearby() {
        editor.load(Design.of(ExampleDesigns.THREE_WEB.topology()));
        Rectangle2D web = box("web-02");
        drop(PartKind.SERVER, web.getCenterX(), web.getCenterY());
        assertThat(overlaps()).isEmpty();
        Rectangle2D placed = box("server-01");
        assertThat(placed.getCenterX() - web.getCenterX()).as("nearby, not far away").isLessThan(500);
    }

    @Test
    void aServersPartsAreLinkedToTheirOnePartnerThereAndNoMore() {
        editor.load(Design.empty());
        drop(PartKind.NGINX, 300, 200);
        Object server = editor.cellOf("server-01");
        dropInto(PartKind.APP, server);
        dropInto(PartKind.FILES, server);
        assertThat(editor.design().links()).containsExactlyInAnyOrder(
                new Link("server-01.nginx", "server-01.app", LinkPurpose.HTTP),
                new Link("server-01.app", "server-01.files", LinkPurpose.FILES));
        // a second App server: Nginx and the files have theirs already, so the person says which by dragging
        dropInto(PartKind.APP, server);
        assertThat(editor.design().links()).hasSize(2);
        // one Ctrl+Z takes back the part and its link together
        editor.undo();
        editor.undo();
        assertThat(editor.design().links()).containsExactly(new Link("server-01.nginx", "server-01.app", LinkPurpose.HTTP));
        assertThat(editor.design().parts()).extracting(c -> c.id()).containsExactly("server-01.nginx", "server-01.app");
    }

    private void dropInto(PartKind kind, Object server) {
        mxGeometry g = editor.graph().getModel().getGeometry(server);
        mxCell template = new mxCell(new Part("template", kind.role, kind.title, null),
                new mxGeometry(0, 0, kind.width(), kind.height()), null);
        template.setVertex(true);
        editor.canvas().importCells(new Object[] {template}, g.getX() + 20, g.getY() + 30, server, null);
    }

    /** What a palette drop does: a template cell imported at a point of the canvas, with no server under it. */
    private void drop(PartKind kind, double x, double y) {
        mxCell template = new mxCell(new Part("template", kind.role, kind.title, null),
                new mxGeometry(0, 0, kind.width(), kind.height()), null);
        template.setVertex(true);
        editor.canvas().importCells(new Object[] {template}, x, y, null, null);
    }

    private Rectangle2D box(String id) {
        mxGeometry g = editor.graph().getModel().getGeometry(editor.cellOf(id));
        return new Rectangle2D.Double(g.getX(), g.getY(), g.getWidth(), g.getHeight());
    }

    /** The pairs of top-level boxes (servers and Internet parts) that overlap. */
    private List<String> overlaps() {
        List<String> ids = new ArrayList<>();
        for (Object c : editor.graph().getChildVertices(editor.graph().getDefaultParent())) {
            ids.add(DesignGraph.part(c).id());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (box(ids.get(i)).intersects(box(ids.get(j)))) {
                    out.add(ids.get(i) + " / " + ids.get(j));
                }
            }
        }
        return out;
    }
}
