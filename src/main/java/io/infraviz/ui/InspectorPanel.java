package io.infraviz.ui;

import io.infraviz.scenario.Explanations;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

/**
 * What the selected component is and how it is doing: its state, its counters, and a short
 * explanation of what it is and why it is there.
 */
public final class InspectorPanel extends JPanel implements SimulationDriver.FrameListener {
    private static final String NOTHING_SELECTED = "Select a component";
    private static final String HOW_TO_SELECT =
            "Click a component in the diagram (or pick one in the Components tab) to see it here.";
    private final JLabel titleLabel = new JLabel(NOTHING_SELECTED);
    private final JTextArea stateText = Texts.wrapping();
    private final JTextArea explanationText = Texts.wrapping();
    private final JButton showMeButton = new JButton("Show me");
    private final JComboBox<Explanations.Concept> conceptComboBox = new JComboBox<>(Explanations.Concept.values());
    private final JTextArea conceptText = Texts.wrapping();
    private final JButton conceptShowMeButton = new JButton("Show me");
    private final ConfigurationView configuration = new ConfigurationView();
    private final Consumer<String> showLesson;
    private Explanations.Concept selectedConcept;
    private String selectedId;
    private long lastRefresh;

    /** @param showLesson starts the built-in lesson with this name */
    public InspectorPanel(Consumer<String> showLesson) {
        super(new MigLayout("insets 12, fillx, wrap 1", "[grow,fill,0::]"));
        this.showLesson = showLesson;
        titleLabel.putClientProperty("FlatLaf.styleClass", "h3");
        add(titleLabel);
        JLabel stateHeading = new JLabel("State");
        stateHeading.putClientProperty("FlatLaf.styleClass", "h4");
        add(stateHeading, "gaptop 8");
        add(stateText);
        JLabel whatHeading = new JLabel("What it is");
        whatHeading.putClientProperty("FlatLaf.styleClass", "h4");
        add(whatHeading, "gaptop 8");
        add(explanationText);
        showMeButton.setVisible(false);
        showMeButton.addActionListener(e -> {
            if (selectedConcept != null) {
                showLesson.accept(selectedConcept.lesson());
            }
        });
        add(showMeButton, "w pref!, left");
        add(configuration);
        JLabel conceptsHeading = new JLabel("Concepts");
        conceptsHeading.putClientProperty("FlatLaf.styleClass", "h4");
        add(conceptsHeading, "gaptop 14");
        conceptComboBox.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean sel, boolean f) {
                return super.getListCellRendererComponent(l, ((Explanations.Concept) v).title(), i, sel, f);
            }
        });
        conceptComboBox.addActionListener(e -> conceptText.setText(((Explanations.Concept) conceptComboBox.getSelectedItem()).text()));
        conceptShowMeButton.addActionListener(e -> showLesson.accept(((Explanations.Concept) conceptComboBox.getSelectedItem()).lesson()));
        add(conceptComboBox);
        add(conceptText);
        add(conceptShowMeButton, "w pref!, left");
        conceptText.setText(((Explanations.Concept) conceptComboBox.getSelectedItem()).text());
        stateText.setText(HOW_TO_SELECT);
    }


    public void select(String id) {
        this.selectedId = id;
        lastRefresh = 0;
    }

    public String selected() {
        return selectedId;
    }

    /**
     * Refreshes the texts a few times a second. A run that starts over (a reset, a new stage)
     * forgets the selection: the part selected before may not exist or no longer matter.
     */
    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (rebuilt && Selection.runStartedOver(sim)) {
            clear();
            return;
        }
        long now = System.nanoTime();
        if (selectedId == null || now - lastRefresh < 250_000_000L) {
            return;
        }
        lastRefresh = now;
        InspectorTexts t = InspectorTexts.of(sim, selectedId);
        titleLabel.setText(t.title());
        stateText.setText(t.state());
        explanationText.setText(t.explanation());
        selectedConcept = t.concept();
        showMeButton.setText(selectedConcept == null ? "Show me" : "Show me: " + selectedConcept.title());
        showMeButton.setVisible(selectedConcept != null && selectedConcept.lesson() != null);
        configuration.show(sim, selectedId);
    }

    private void clear() {
        selectedId = null;
        selectedConcept = null;
        titleLabel.setText(NOTHING_SELECTED);
        stateText.setText(HOW_TO_SELECT);
        explanationText.setText("");
        showMeButton.setVisible(false);
        configuration.clear();
    }

    /** The title, state and explanation shown (for tests). */
    String text() {
        return titleLabel.getText() + "\n" + stateText.getText() + "\n" + explanationText.getText();
    }

    /** The configuration lines shown (for tests). */
    String configurationText() {
        return configuration.text();
    }
}
