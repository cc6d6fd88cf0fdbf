package io.infraviz.ui;

import io.infraviz.model.Topology;
import io.infraviz.scenario.TopologyFile;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * File menu work: open a topology, save the current one. A bad file is refused whole with a
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

    void openTopology() {
        Path file = choose("Open a topology", false, "Topology (*.json)", "json");
        if (file == null) {
            return;
        }
        try {
            Topology t = TopologyFile.read(file);
            driver.load(t, driver.simulation().settings());
        } catch (TopologyFile.BadTopologyFile e) {
            error("This topology cannot be opened", e.getMessage());
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
