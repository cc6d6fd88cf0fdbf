package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.Settings;
import io.infraviz.scenario.Stages;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.JCheckBox;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Controls tab's switches: each one turns its own setting over in the run, and only that one. */
class ControlsPanelTest {

    @Test
    void eachCheckBoxTurnsItsSettingOverAndNothingElse() {
        List<String> checked = GuiActionRunner.execute(() -> {
            SimulationDriver driver = new SimulationDriver(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
            ControlsPanel panel = new ControlsPanel(driver);
            List<String> labels = new ArrayList<>();
            for (JCheckBox box : boxes(panel, new ArrayList<>())) {
                Setting<?> setting = Settings.ALL.stream().filter(s -> s.label().equals(box.getText())).findFirst().orElseThrow();
                Object before = setting.read(driver.settings());
                var others = Settings.ALL.stream().filter(s -> s != setting).map(s -> s.output(driver.settings())).toList();
                box.doClick();
                assertThat(setting.read(driver.settings())).as(box.getText()).isEqualTo(!(Boolean) before);
                assertThat(Settings.ALL.stream().filter(s -> s != setting).map(s -> s.output(driver.settings())).toList())
                        .as("every other setting after clicking " + box.getText()).isEqualTo(others);
                labels.add(box.getText());
            }
            return labels;
        });
        assertThat(checked).contains(Settings.READ_ONLY.label(), Settings.REDISPATCH.label(), Settings.HTTPS.label());
    }

    private static List<JCheckBox> boxes(Container c, List<JCheckBox> found) {
        for (Component child : c.getComponents()) {
            if (child instanceof JCheckBox b) {
                found.add(b);
            } else if (child instanceof Container k) {
                boxes(k, found);
            }
        }
        return found;
    }
}
