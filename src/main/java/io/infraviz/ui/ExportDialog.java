package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.export.PngExporter;
import io.infraviz.export.SvgExporter;
import io.infraviz.scenario.Moment;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import java.nio.file.Path;

/**
 * File > Export: PNG (scale 1x-3x, legend, caption, transparent background, theme; it carries the
 * moment, so opening it restores it) or SVG, of the diagram as it is now.
 */
final class ExportDialog extends JDialog {
    private final JComboBox<String> formatComboBox = new JComboBox<>(new String[] {"PNG", "SVG"});
    private final JComboBox<String> scaleComboBox = new JComboBox<>(new String[] {"1×", "2×", "3×"});
    private final JComboBox<String> themeComboBox = new JComboBox<>(new String[] {"Light", "Dark"});
    private final JCheckBox legendCheckBox = new JCheckBox("Legend", true);
    private final JCheckBox captionCheckBox = new JCheckBox("Caption (stage, time, what is down)", true);
    private final JCheckBox transparentCheckBox = new JCheckBox("Transparent background");
    private final SimulationDriver driver;
    private final FileActions files;
    private final JLabel statusLabel = new JLabel(" ");
    private final java.util.function.Consumer<String> report;

    /** @param report a failed export, in one line (the window's status bar) */
    ExportDialog(JFrame owner, SimulationDriver driver, FileActions files, boolean dark, String format,
                 java.util.function.Consumer<String> report) {
        super(owner, "Export the diagram", true);
        this.driver = driver;
        this.files = files;
        this.report = report;
        formatComboBox.setSelectedItem(format);
        scaleComboBox.setSelectedIndex(1);
        themeComboBox.setSelectedIndex(dark ? 1 : 0);
        JButton exportButton = new JButton("Export...");
        JButton cancelButton = new JButton("Cancel");
        setLayout(new MigLayout("insets 16, wrap 2", "[right]10[grow,fill]"));
        add(new JLabel("Format"));
        add(formatComboBox);
        add(new JLabel("Scale"));
        add(scaleComboBox);
        add(new JLabel("Theme"));
        add(themeComboBox);
        add(new JLabel());
        add(legendCheckBox);
        add(new JLabel());
        add(captionCheckBox);
        add(new JLabel());
        add(transparentCheckBox);
        add(statusLabel, "span 2");
        add(cancelButton, "span 2, split 2, right, gaptop 10");
        add(exportButton);
        formatComboBox.addActionListener(e -> formatChanged());
        formatChanged();
        exportButton.addActionListener(e -> export());
        cancelButton.addActionListener(e -> dispose());
        getRootPane().setDefaultButton(exportButton);
        // Escape cancels, as in every dialog.
        getRootPane().registerKeyboardAction(e -> dispose(), javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    private void formatChanged() {
        boolean png = "PNG".equals(formatComboBox.getSelectedItem());
        legendCheckBox.setEnabled(png);
        captionCheckBox.setEnabled(png);
    }

    private void export() {
        boolean png = "PNG".equals(formatComboBox.getSelectedItem());
        String ext = png ? "png" : "svg";
        Path file = files.chooseOutput("Export as " + ext.toUpperCase(), ext.toUpperCase() + " image (*." + ext + ")", ext);
        if (file == null) {
            return;
        }
        // The picture is drawn now, on the EDT, from a diagram of its own; encoding and writing happen in the background.
        DiagramTheme theme = themeComboBox.getSelectedIndex() == 1 ? DiagramTheme.DARK : DiagramTheme.LIGHT;
        Diagram picture = new Diagram(driver.simulation().topology(), theme);
        picture.show(DiagramState.of(driver.simulation()));
        Moment moment = driver.moment();
        double scale = scaleComboBox.getSelectedIndex() + 1;
        PngExporter.Options options = new PngExporter.Options(scale, legendCheckBox.isSelected(),
                captionCheckBox.isSelected(), transparentCheckBox.isSelected());
        statusLabel.setText("Writing " + file.getFileName() + "...");
        PngExporter.Picture rendered;
        try {
            rendered = png ? PngExporter.render(picture, moment, options) : null;
        } catch (IllegalArgumentException e) {
            // Too large a picture for memory: said, nothing written.
            statusLabel.setText(" ");
            files.error("The image was not written", file + ": " + e.getMessage());
            return;
        }
        new BackgroundTask<>("The export", () -> {
            if (png) {
                PngExporter.save(rendered, moment, file);
                return rendered.width() + " × " + rendered.height();
            }
            int[] size = SvgExporter.write(picture, scale, options.transparent(), file);
            return size[0] + " × " + size[1];
        }, size -> dispose(), line -> {
            statusLabel.setText(" ");
            report.accept(line);
            files.error("The image was not written", file + ": " + line);
        }).execute();
    }
}
