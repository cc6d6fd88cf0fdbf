package io.infraviz.ui;

import io.infraviz.export.MomentFile;
import io.infraviz.export.PngExporter;
import io.infraviz.model.Topology;
import io.infraviz.scenario.JsonInput;
import io.infraviz.scenario.TopologyFile;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * File menu work: open a topology, a saved run or an exported PNG (which restores its moment),
 * save the topology or the run. A bad file is refused whole with a
 * message naming the file, the place and the problem; the run on screen is left untouched.
 */
final class FileActions {
    private final JFrame owner;
    private final SimulationDriver driver;
    private Path lastFolder;

    FileActions(JFrame owner, SimulationDriver driver) {
        this.owner = owner;
        this.driver = driver;
    }

    /** Opens a topology (JSON) or a moment (a PNG exported by InfraViz, or a saved run). */
    void open() {
        Path file = choose("Open a topology or an exported PNG", false, "Topology, run or InfraViz PNG (*.json, *.png)", "json,png");
        if (file != null) {
            open(file);
        }
    }

    void open(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase().endsWith(".png")) {
                driver.restore(PngExporter.readMoment(file));
                return;
            }
            JsonInput.Document doc = JsonInput.read(file);
            if (MomentFile.isMoment(doc)) {
                driver.restore(MomentFile.fromDocument(doc));
            } else {
                Topology t = TopologyFile.fromTree(doc, "");
                driver.load(t, driver.simulation().settings());
            }
        } catch (JsonInput.BadJson | TopologyFile.BadTopologyFile | MomentFile.BadMomentFile e) {
            error("This file cannot be opened", e.getMessage());
        } catch (IllegalArgumentException e) {
            error("This file cannot be opened", file + ": " + e.getMessage());
        }
    }

    /** Saves the run so far (topology, settings, what was done when) to open again later. */
    void saveRun() {
        Path file = choose("Save the run", true, "InfraViz run (*.json)", "json");
        if (file == null) {
            return;
        }
        try {
            MomentFile.write(driver.moment(), withExtension(file, "json"));
        } catch (IOException e) {
            error("The run was not saved", file + ": " + e.getMessage());
        }
    }

    void saveTopology() {
        Path file = choose("Save the topology", true, "Topology (*.json)", "json");
        if (file == null) {
            return;
        }
        try {
            TopologyFile.write(driver.simulation().topology(), withExtension(file, "json"));
        } catch (IOException e) {
            error("The topology was not saved", file + ": " + e.getMessage());
        }
    }

    Path choose(String title, boolean save, String description, String extension) {
        JFileChooser chooser = new JFileChooser(lastFolder == null ? null : lastFolder.toFile());
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(description, extension.split(",")));
        int answer = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (answer != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path p = chooser.getSelectedFile().toPath();
        lastFolder = p.toAbsolutePath().getParent();
        return p;
    }

    static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase().endsWith("." + ext) ? p : p.resolveSibling(name + "." + ext);
    }

    void error(String title, String message) {
        JOptionPane.showMessageDialog(owner, message, title, JOptionPane.ERROR_MESSAGE);
    }
}
