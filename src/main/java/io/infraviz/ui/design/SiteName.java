package io.infraviz.ui.design;

import com.mxgraph.model.mxGraphModel;
import com.mxgraph.model.mxIGraphModel;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.NetworkNames;
import io.infraviz.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the DNS part says: the site's name (its label shows it) and the part the name resolves to,
 * which is where the users' browsers connect: the users' HTTP link. Pointing the name elsewhere
 * moves that link, so the drawing, the file's {@code entry} and the run agree. Each change is one
 * edit (one Ctrl+Z); a refused one changes nothing.
 */
final class SiteName {
    /** What a site's name may resolve to: the parts the users may send HTTP to. */
    static final Set<Role> TARGETS = Set.of(Role.LOAD_BALANCER, Role.VIRTUAL_IP, Role.WEB_SERVER);
    private final DesignGraph graph;

    SiteName(DesignGraph graph) {
        this.graph = graph;
    }

    /** Renames the site on the DNS part {@code dns}; the reason when refused, else null. */
    String rename(Object dns, String name) {
        String clean = name.trim();
        String problem = NetworkNames.hostNameProblem(clean);
        if (problem != null) {
            return ProblemList.sentence(problem);
        }
        Part p = DesignGraph.part(dns);
        String old = p.address();
        String label = old != null && p.label().contains(old) ? p.label().replace(old, clean) : p.label();
        graph.getModel().setValue(dns, p.withAddress(clean).withLabel(label));
        return null;
    }

    /** The parts the name may resolve to, in drawing order. */
    List<Part> targets() {
        List<Part> out = new ArrayList<>();
        for (Object c : mxGraphModel.filterDescendants(graph.getModel(), DesignGraph::isComponent)) {
            if (TARGETS.contains(DesignGraph.part(c).role())) {
                out.add(DesignGraph.part(c));
            }
        }
        return out;
    }

    /** Resolves the name to {@code target}: the users' HTTP links go there instead. The reason when refused, else null. */
    String pointTo(Object target) {
        Part t = DesignGraph.part(target);
        if (t == null || !TARGETS.contains(t.role())) {
            return "The site's name resolves to a load balancer, a virtual IP or a web server";
        }
        mxIGraphModel model = graph.getModel();
        Object[] users = mxGraphModel.filterDescendants(model, c -> {
            Part p = DesignGraph.part(c);
            return p != null && p.role() == Role.CLIENT;
        }).toArray();
        if (users.length == 0) {
            return "Add Users first: the name is resolved for their browsers, which then connect to it";
        }
        model.beginUpdate();
        try {
            for (Object u : users) {
                List<Object> old = new ArrayList<>();
                for (Object e : mxGraphModel.getOutgoingEdges(model, u)) {
                    if (model.getValue(e) instanceof Wire w && w.purpose() == LinkPurpose.HTTP) {
                        old.add(e);
                    }
                }
                graph.removeCells(old.toArray(), false);
                graph.insertEdge(graph.getDefaultParent(), null, null, u, target);
            }
        } finally {
            model.endUpdate();
        }
        return null;
    }
}
