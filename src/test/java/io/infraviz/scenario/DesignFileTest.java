package io.infraviz.scenario;

import io.infraviz.model.Design;
import io.infraviz.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unfinished designs are saved and opened again; what cannot be drawn at all is refused at its place. */
class DesignFileTest {
    @Test
    void anUnfinishedDesignComesBackAsItWasDrawn(@TempDir Path dir) throws Exception {
        DesignCheckTest.Draft draft = DesignCheckTest.runnable();
        draft.links.removeIf(l -> l.from().equals("lb-01.load_balancer"));
        draft.places.put("web-01", new Position(500, 80));
        Design d = draft.design();
        Path file = dir.resolve("wip.json");
        DesignFile.write(d, file);
        Design back = DesignFile.read(file);
        assertThat(back.links()).isEqualTo(d.links());
        assertThat(back.parts()).isEqualTo(d.parts());
        assertThat(back.hosts()).isEqualTo(d.hosts());
        assertThat(back.positions()).containsEntry("web-01", new Position(500, 80));
        assertThat(DesignCheck.problems(back)).isEqualTo(DesignCheck.problems(d)).isNotEmpty();
    }

    @Test
    void theSiteNameAndWhatItResolvesToComeBack(@TempDir Path dir) throws Exception {
        DesignCheckTest.Draft draft = DesignCheckTest.runnable();
        Design d = draft.design();
        Design named = new Design(d.name(), d.hosts(), d.parts(), d.links(), d.positions(), d.backendOptions(),
                "shop.example.org");
        Path file = dir.resolve("shop.json");
        DesignFile.write(named, file);
        assertThat(Files.readString(file)).contains("\"domain\" : \"shop.example.org\"")
                .contains("\"entry\" : \"lb-01.load_balancer\"");
        Design back = DesignFile.read(file);
        assertThat(back.domain()).isEqualTo("shop.example.org");
        assertThat(DesignCheck.entry(back)).isEqualTo("lb-01.load_balancer");
        assertThat(TopologyFile.read(file).domain()).as("a runnable design is a topology file").isEqualTo("shop.example.org");
        // a design saved before it had a name of its own gets the stages' one
        DesignFile.write(d, file);
        assertThat(DesignFile.read(file).domain()).isEqualTo(Stages.DOMAIN);
    }

    @Test
    void aPartWithAnUnknownRoleIsRefusedAtItsPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"name": "x", "internet": [{"id": "users", "role": "browser"}], "hosts": [], "links": []}
                """);
        assertThatThrownBy(() -> DesignFile.read(file)).isInstanceOf(TopologyFile.BadTopologyFile.class)
                .hasMessage(file + " at line 1, column 44 (field internet[0].role): unknown role 'browser'");
    }
}
