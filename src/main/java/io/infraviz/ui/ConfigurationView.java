package io.infraviz.ui;

import io.infraviz.configs.CannotExpress;
import io.infraviz.configs.ConfigGenerator;
import io.infraviz.configs.ConfigSet;
import io.infraviz.diagram.Fonts;
import io.infraviz.model.Host;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.SimulationView;
import net.miginfocom.swing.MigLayout;

import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.util.HashSet;
import java.util.Set;

/**
 * The Inspector's "Configuration": the lines of the real configuration files (File > Export
 * configuration...) that concern the selected part, with the settings of the run, e.g. web-02's
 * {@code server} line in HAProxy's file. Made again only when the design or the settings change.
 */
final class ConfigurationView extends JPanel {
    private final JTextArea text = new JTextArea();
    private Topology madeFor;
    private SimulationSettings madeWith;
    private ConfigSet files;
    private String problem;

    ConfigurationView() {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow,fill,0::]"));
        setOpaque(false);
        text.setEditable(false);
        text.setOpaque(false);
        // Wrapped at spaces: the side panel is narrow and no part of a line may be hidden.
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setFont(Fonts.monospaced(Math.max(11, text.getFont().getSize() - 1)));
        text.getAccessibleContext().setAccessibleName("Configuration");
        add(Texts.heading("Configuration"), "gaptop 8");
        add(text);
    }

    /** Shows what concerns {@code id} (a component or a host) in the files of this run's design and settings. */
    void show(SimulationView sim, String id) {
        if (sim.topology() != madeFor || !sim.settings().equals(madeWith)) {
            madeFor = sim.topology();
            madeWith = sim.settings();
            try {
                files = ConfigGenerator.generate(madeFor, madeWith);
                problem = null;
            } catch (CannotExpress e) {
                files = null;
                problem = "No files for this design: " + e.getMessage() + ".";
            }
        }
        String shown = files == null ? problem : excerpt(id);
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    private String excerpt(String id) {
        Set<String> ids = new HashSet<>(Set.of(id));
        madeFor.host(id).map(Host::componentIds).ifPresent(ids::addAll);
        StringBuilder b = new StringBuilder();
        for (ConfigSet.Excerpt e : files.about(ids)) {
            b.append(b.isEmpty() ? "" : "\n").append(e.path()).append(":\n");
            e.lines().forEach(l -> b.append(l).append('\n'));
        }
        return b.isEmpty() ? "No file of the export configures it (it is your own software, or on the Internet)."
                : b.toString().stripTrailing();
    }

    void clear() {
        text.setText("");
    }

    String text() {
        return text.getText();
    }
}
