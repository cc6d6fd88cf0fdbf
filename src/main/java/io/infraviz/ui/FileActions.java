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
    private final UnsavedWork unsaved;
    private Path lastFolder;

    FileActions(JFrame owner, SimulationDriver driver, UnsavedWork unsaved) {
        this.owner = owner;
        this.driver = driver;
        this.unsaved = unsaved;
    }

    /** Opens a topology (JSON) or a moment (a PNG exported by InfraViz, or a saved run). */
    void open() {
        if (!mayReplaceRun("opening another file")) {
            return;
        }
        Path file = choose("Open a topology or an exported PNG", false, "Topology, run or InfraViz PNG (*.json, *.png)", "json,png");
        if (file != null) {
            open(file);
        }
    }

    /**
     * Before something replaces the run on screen ({@code before}: "starting a lesson"): asks to
     * save unsaved work; false when the person cancels.
     */
    boolean mayReplaceRun(String before) {
        return unsaved.askBefore(owner, before, this::saveRun);
    }

    void open(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase().endsWith(".png")) {
                driver.restore(PngExporter.readMoment(file));
            } else {
                JsonInput.Document doc = JsonInput.read(file);
                if (MomentFile.isMoment(doc)) {
                    driver.restore(MomentFile.fromDocument(doc));
                } else {
                    Topology t = TopologyFile.fromTree(doc, "");
                    driver.load(t, driver.simulation().settings());
                }
            }
            unsaved.saved();
        } catch (JsonInput.BadJson | TopologyFile.BadTopologyFile | MomentFile.BadMomentFile e) {
            error("This file cannot be opened", e.getMessage());
        } catch (IllegalArgumentException e) {
            error("This file cannot be opened", file + ": " + e.getMessage());
        }
    }

    /** Saves the run so far (topology, settings, what was done when) to open again later; true when saved. */
    boolean saveRun() {
        return save("Save the run", "InfraViz run (*.json)", "The run was not saved",
                file -> MomentFile.write(driver.moment(), file));
    }

    void saveTopology() {
        save("Save the topology", "Topology (*.json)", "The topology was not saved",
                file -> TopologyFile.write(driver.simulation().topology(), file));
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private boolean save(String title, String description, String failed, Writer writer) {
        Path file = chooseOutput(title, description, "json");
        if (file == null) {
            return false;
        }
        try {
            writer.write(file);
        } catch (IOException e) {
            error(failed, file + ": " + e.getMessage());
            return false;
        }
        unsaved.saved();
        return true;
    }

    /**
     * A file to write, chosen by the person and checked before any work; null when they cancel or
     * the place cannot be written to (a dialog has said why).
     */
    Path chooseOutput(String title, String description, String ext) {
        Path chosen = choose(title, true, description, ext);
        if (chosen == null) {
            return null;
        }
        OutputPath out = OutputPath.check(chosen, ext);
        if (!out.ok()) {
            error("Cannot write there", "InfraViz cannot write " + out.file() + ":\n" + out.problem()
                    + ".\nNothing was written. Please choose another place or name.");
            return null;
        }
        return out.file();
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

    void error(String title, String message) {
        JOptionPane.showMessageDialog(owner, message, title, JOptionPane.ERROR_MESSAGE);
    }
}
