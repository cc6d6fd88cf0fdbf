package io.infraviz.ui.design;

import com.mxgraph.model.mxIGraphModel;
import io.infraviz.model.Design;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.scenario.DesignCheck;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import java.util.function.Consumer;

/**
 * The selection's properties: a server's name and address, a part's name and label, whether a
 * database is the Primary (and a button to make it so), the DNS's site name and what it resolves
 * to, a backend server's weight and backup flag on the load balancer's link to it. Every change is
 * a model edit, so Ctrl+Z takes it back; a refused value is said in the status line and changes nothing.
 */
final class PropertiesPanel extends JPanel {
    private final DesignEditor editor;
    private final Consumer<String> status;
    private Object shown;
    /** The "resolves to" choice while the users connect to nothing yet. */
    private static final String NOWHERE = "(nothing yet)";

    PropertiesPanel(DesignEditor editor, Consumer<String> status) {
        super(new MigLayout("wrap 2, insets 6, fillx, hidemode 3", "[right][grow,fill,40::]"));
        this.editor = editor;
        this.status = status;
        setName("designProperties");
        show(null);
    }

    /** Shows the properties of one selected cell (or a hint for none or several). */
    void show(Object cell) {
        shown = cell;
        removeAll();
        Part p = DesignGraph.part(cell);
        if (cell != null && editor.graph().getModel().getValue(cell) instanceof Wire w) {
            wire(cell, w);
        } else if (p == null) {
            add(new JLabel("Select a part, a server or a link."), "span 2, growx, wmin 0");
        } else {
            add(new JLabel(p.host() ? "Server" : PartKind.of(p.role()).title), "span 2, left");
            add(new JLabel("Id"));
            add(field("design.id", p.id(), text -> rename(cell, p, text)));
            add(new JLabel("Label"));
            add(field("design.label", p.label().replace("\n", " / "),
                    text -> editor.setValue(cell, p.withLabel(text.replace(" / ", "\n")))));
            if (p.host()) {
                add(new JLabel("IP address"));
                add(field("design.ip", p.address(), text -> address(cell, p, text)));
            } else if (p.role() == Role.DATABASE) {
                database(p);
            } else if (p.role() == Role.DNS) {
                dns(cell, p);
            }
        }
        revalidate();
        repaint();
    }

    private void database(Part p) {
        Design d = editor.design();
        boolean primary = p.id().equals(DesignCheck.primary(d));
        String source = d.links().stream().filter(l -> l.purpose() == LinkPurpose.REPLICATION && l.to().equals(p.id()))
                .map(io.infraviz.model.Link::from).findFirst().orElse(null);
        add(new JLabel("Role"));
        add(new JLabel(primary ? "Primary (takes the writes)" : source != null ? "Replica (copies " + source + ")"
                : "A second Primary: nothing replicates to it"), "wmin 0");
        if (!primary) {
            JButton make = new JButton("Make this the Primary");
            make.setName("design.makePrimary");
            make.setToolTipText("Turns the replication links round so that this database is where copies start");
            make.addActionListener(e -> {
                status.accept(new ReplicationRoot(editor.graph()).makeRoot(p.id()) ? p.id() + " is now the Primary"
                        : "Link " + p.id() + " to the other databases first: drag from it to each of them (replication)");
                show(shown);
            });
            add(narrowable(make), "span 2, growx");
        }
    }

    /** A server's new address: refused (and the field reset) unless IPv4 and no other server's. */
    private void address(Object cell, Part p, String text) {
        String ip = text.trim();
        java.util.Map<String, String> others = new java.util.HashMap<>();
        editor.design().hosts().forEach(h -> others.put(h.id(), h.ip()));
        String problem = io.infraviz.model.NetworkNames.hostIpProblem(p.id(), ip, others);
        if (problem != null) {
            status.accept(ProblemList.sentence(problem));
            show(cell);
        } else if (!ip.equals(p.address())) {
            editor.setValue(cell, p.withAddress(ip));
        }
    }

    /** The DNS part: the site's name, and which part the name resolves to (where the users connect). */
    private void dns(Object cell, Part p) {
        SiteName site = new SiteName(editor.graph());
        add(new JLabel("Site name"));
        add(field("design.domain", editor.domain(), text -> {
            String refused = text.trim().equals(p.address()) ? null : site.rename(cell, text);
            if (refused != null) {
                status.accept(refused);
                show(cell);
            }
        }));
        javax.swing.JComboBox<String> to = narrowable(new javax.swing.JComboBox<>());
        to.setName("design.resolvesTo");
        to.setToolTipText("Where the users' browsers connect: the users' link goes there");
        String now = DesignCheck.entry(editor.design());
        if (now == null) {
            to.addItem(NOWHERE);
        }
        site.targets().forEach(t -> to.addItem(t.id()));
        to.setSelectedItem(now == null ? NOWHERE : now);
        to.addActionListener(e -> {
            Object chosen = to.getSelectedItem();
            if (chosen == null || chosen.equals(NOWHERE) || chosen.equals(now)) {
                return;
            }
            String refused = site.pointTo(editor.cellOf((String) chosen));
            status.accept(refused != null ? refused : editor.domain() + " now resolves to " + chosen);
            show(shown);
        });
        add(new JLabel("Resolves to"));
        add(to);
    }

    /** A load balancer's link to a server: the server's weight and backup flag in the backend. */
    private void wire(Object cell, Wire w) {
        mxIGraphModel model = editor.graph().getModel();
        Part from = DesignGraph.part(model.getTerminal(cell, true));
        Part to = DesignGraph.part(model.getTerminal(cell, false));
        add(new JLabel("Link"), "span 2, left");
        add(new JLabel("From"));
        add(new JLabel(from == null ? "?" : from.id()), "wmin 0");
        add(new JLabel("To"));
        add(new JLabel(to == null ? "?" : to.id()), "wmin 0");
        add(new JLabel("Carries"));
        add(new JLabel(w.purpose().name().toLowerCase()));
        if (from == null || from.role() != Role.LOAD_BALANCER || w.purpose() != LinkPurpose.HTTP) {
            return;
        }
        JSpinner weight = narrowable(new JSpinner(new SpinnerNumberModel(w.weight(), 1, 256, 1)));
        weight.setName("design.weight");
        weight.setToolTipText("HAProxy's weight for this server (1 to 256): a higher weight gets more requests");
        weight.addChangeListener(e -> editor.setValue(cell, new Wire(w.purpose(), (Integer) weight.getValue(),
                currentBackup(cell))));
        add(new JLabel("Weight"));
        add(weight);
        JCheckBox backup = narrowable(new JCheckBox("Backup server", w.backup()));
        backup.setName("design.backup");
        backup.setToolTipText("HAProxy's backup flag: this server gets requests only when no other server is UP");
        backup.addActionListener(e -> editor.setValue(cell, new Wire(w.purpose(), currentWeight(cell), backup.isSelected())));
        add(backup, "span 2, left");
    }

    private boolean currentBackup(Object cell) {
        return editor.graph().getModel().getValue(cell) instanceof Wire w && w.backup();
    }

    private int currentWeight(Object cell) {
        return editor.graph().getModel().getValue(cell) instanceof Wire w ? w.weight() : 1;
    }

    /** A new id: refused when empty or taken; a server's parts take the server's new name as their prefix. */
    private void rename(Object cell, Part p, String id) {
        String clean = id.trim();
        if (clean.equals(p.id())) {
            return;
        }
        if (!clean.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            status.accept("An id is letters, digits, '.', '-' or '_' (no spaces), e.g. web-03");
            show(cell);
            return;
        }
        if (DesignIds.taken(editor.graph()).contains(clean)) {
            status.accept("'" + clean + "' is already the id of another part");
            show(cell);
            return;
        }
        mxIGraphModel model = editor.graph().getModel();
        model.beginUpdate();
        try {
            model.setValue(cell, p.host() && p.label().equals(p.id()) ? p.withId(clean).withLabel(clean) : p.withId(clean));
            if (p.host()) {
                for (int i = 0; i < model.getChildCount(cell); i++) {
                    Object child = model.getChildAt(cell, i);
                    Part c = DesignGraph.part(child);
                    if (c != null && c.id().startsWith(p.id() + ".")) {
                        model.setValue(child, c.withId(clean + c.id().substring(p.id().length())));
                    }
                }
            }
        } finally {
            model.endUpdate();
        }
    }

    /** A value that gives up width when the side panel is narrow (a text field's own minimum is all its text). */
    private static <T extends javax.swing.JComponent> T narrowable(T c) {
        c.setMinimumSize(new java.awt.Dimension(40, c.getPreferredSize().height));
        return c;
    }

    /** A text field that applies its text on Enter and when it loses the focus. */
    private static JTextField field(String name, String text, Consumer<String> apply) {
        JTextField f = narrowable(new JTextField(text));
        f.setName(name);
        // a narrow field shows the start of its text (e.g. "DNS / www.foobar.com"), not the end
        f.setCaretPosition(0);
        f.addActionListener(e -> apply.accept(f.getText()));
        f.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                if (!f.getText().equals(text)) {
                    apply.accept(f.getText());
                }
            }
        });
        return f;
    }
}
