package io.infraviz.ui;

import io.infraviz.configs.CannotExpress;
import io.infraviz.configs.ConfigGenerator;
import io.infraviz.configs.ConfigSet;
import io.infraviz.configs.ConfigWriter;
import io.infraviz.sim.SimulationView;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * File > Export configuration...: the real servers' configuration files for the design on screen
 * and the run's settings, written into a folder the person chooses (new or empty, or replaced
 * after asking), all or nothing and off the event thread. Every refusal is a dialog saying why.
 */
final class ConfigExport {
    private final JFrame owner;
    private final SimulationDriver driver;
    private final Consumer<String> tell;
    private Path lastFolder;

    /** @param tell shows a one-line result, e.g. in the status bar */
    ConfigExport(JFrame owner, SimulationDriver driver, Consumer<String> tell) {
        this.owner = owner;
        this.driver = driver;
        this.tell = tell;
    }

    void run() {
        SimulationView sim = driver.simulation();
        ConfigSet set;
        try {
            set = ConfigGenerator.generate(sim.topology(), sim.settings());
        } catch (CannotExpress e) {
            error("This design cannot be exported", capitalised(e.getMessage()) + ".\nNothing was written.");
            return;
        }
        Path folder = chooseFolder();
        if (folder == null) {
            return;
        }
        Optional<String> problem = ConfigWriter.problem(folder, false);
        if (problem.isPresent() && problem.get().endsWith(ConfigWriter.NOT_EMPTY)) {
            int answer = JOptionPane.showConfirmDialog(owner, "The folder " + folder + " holds an earlier export.\n"
                            + "Replace everything in it with this configuration?", "Replace the earlier export?",
                    JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer != JOptionPane.YES_OPTION) {
                return;
            }
            problem = ConfigWriter.problem(folder, true);
        }
        if (problem.isPresent()) {
            error("Cannot write there", "InfraViz cannot write the configuration to " + folder + ":\n" + problem.get()
                    + ".\nNothing was written. Please choose another folder.");
            return;
        }
        new BackgroundTask<>("The configuration export", () -> {
            ConfigWriter.write(set, folder);
            return set.files().size();
        }, n -> tell.accept("Wrote " + n + " configuration files to " + folder + " (start with its README.md)."),
                failed -> error("The configuration was not written", failed + "\nNothing was written.")).execute();
    }

    private Path chooseFolder() {
        JFileChooser chooser = new JFileChooser(lastFolder == null ? null : lastFolder.toFile());
        chooser.setDialogTitle("Export configuration: a new or empty folder");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showDialog(owner, "Export here") != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return null;
        }
        Path folder = chooser.getSelectedFile().toPath();
        lastFolder = folder.toAbsolutePath().getParent();
        return folder;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void error(String title, String message) {
        JOptionPane.showMessageDialog(owner, message, title, JOptionPane.ERROR_MESSAGE);
    }
}
