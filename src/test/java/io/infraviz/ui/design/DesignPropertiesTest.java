package io.infraviz.ui.design;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Design;
import io.infraviz.model.Host;
import io.infraviz.scenario.DesignCheck;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;

import javax.swing.JComboBox;
import javax.swing.JTextField;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side panel's properties without a window: the DNS's site name and what it resolves to (the
 * users' link moves, the file's entry follows, one Ctrl+Z takes it back), a server's address;
 * a bad value is refused with a reason and changes nothing.
 */
class DesignPropertiesTest {
    private final DesignEditor editor = new DesignEditor(DiagramTheme.LIGHT);
    private final List<String> said = new ArrayList<>();
    private final PropertiesPanel panel = new PropertiesPanel(editor, said::add);

    DesignPropertiesTest() {
        editor.load(Design.of(Stages.SCALED.topology()));
    }

    @Test
    void theSiteNameIsEditedOnTheDnsAndKeptInTheDesign() {
        show("dns");
        type("design.domain", "shop.example.org");
        Design d = editor.design();
        assertThat(d.domain()).isEqualTo("shop.example.org");
        assertThat(d.parts()).filteredOn(c -> c.id().equals("dns")).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("DNS\nshop.example.org"));
        assertThat(DesignCheck.topology(d).domain()).isEqualTo("shop.example.org");
        editor.undo();
        assertThat(editor.design().domain()).isEqualTo(Stages.SCALED.topology().domain());
    }

    @Test
    void aBadSiteNameIsRefusedWithAReasonAndChangesNothing() {
        show("dns");
        type("design.domain", "shop example.org");
        assertThat(said).containsExactly("'shop example.org' is not a host name: letters, digits and '-', parts joined"
                + " by '.', e.g. www.foobar.com");
        assertThat(editor.design().domain()).isEqualTo(Stages.SCALED.topology().domain());
        assertThat(editor.canUndo()).isFalse();
        assertThat(field("design.domain").getText()).as("the field shows the name kept")
                .isEqualTo(Stages.SCALED.topology().domain());
    }

    @Test
    void pointingTheNameElsewhereMovesTheUsersLinkAndTheEntryPoint() {
        assertThat(DesignCheck.entry(editor.design())).isEqualTo("vip");
        show("dns");
        JComboBox<?> to = combo("design.resolvesTo");
        List<Object> choices = new ArrayList<>();
        for (int i = 0; i < to.getItemCount(); i++) {
            choices.add(to.getItemAt(i));
        }
        assertThat(choices).containsExactly("lb-01.haproxy", "lb-02.haproxy", "web-01.nginx", "web-02.nginx", "vip");
        to.setSelectedItem("lb-02.haproxy");
        assertThat(DesignCheck.entry(editor.design())).isEqualTo("lb-02.haproxy");
        assertThat(DesignCheck.topology(editor.design()).entryPoint()).isEqualTo("lb-02.haproxy");
        assertThat(editor.design().links()).noneMatch(l -> l.from().equals("users") && l.to().equals("vip"));
        assertThat(said).containsExactly("www.foobar.com now resolves to lb-02.haproxy");
        editor.undo();
        assertThat(DesignCheck.entry(editor.design())).as("one Ctrl+Z").isEqualTo("vip");
    }

    @Test
    void aServerAddressMustBeIpv4AndNoOtherServers() {
        show("web-02");
        type("design.ip", "10.0.0.300");
        type("design.ip", ip("web-01"));
        assertThat(said).containsExactly(
                "'10.0.0.300' is not an IPv4 address: four numbers from 0 to 255 joined by '.', e.g. 10.0.0.12",
                ip("web-01") + " is already the address of web-01");
        assertThat(editor.canUndo()).isFalse();
        type("design.ip", " 192.168.1.20 ");
        assertThat(ip("web-02")).isEqualTo("192.168.1.20");
    }

    private String ip(String host) {
        return editor.design().hosts().stream().filter(h -> h.id().equals(host)).map(Host::ip).findFirst().orElseThrow();
    }

    private void show(String id) {
        assertThat(editor.select(id)).isTrue();
        panel.show(editor.graph().getSelectionCell());
    }

    /** Types a value and presses Enter, as a person does. */
    private void type(String name, String text) {
        JTextField f = field(name);
        f.setText(text);
        f.postActionEvent();
    }

    private JTextField field(String name) {
        return (JTextField) named(panel, name);
    }

    private JComboBox<?> combo(String name) {
        return (JComboBox<?>) named(panel, name);
    }

    private static Component named(Container c, String name) {
        for (Component k : c.getComponents()) {
            if (name.equals(k.getName())) {
                return k;
            }
            if (k instanceof Container inner && named(inner, name) != null) {
                return named(inner, name);
            }
        }
        return null;
    }
}
