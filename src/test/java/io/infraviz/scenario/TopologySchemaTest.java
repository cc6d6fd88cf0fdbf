package io.infraviz.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Backend;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.NetworkNames;
import io.infraviz.model.Role;
import io.infraviz.scenario.CorpusAgreement.Beyond;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/topology.schema.json: its enums and limits are the code's, every built-in stage written as
 * a topology file validates, and it refuses what the loader refuses in the bad-topology corpus,
 * except the files listed below with the reason no schema can refuse them.
 */
class TopologySchemaTest {
    static final SchemaDoc SCHEMA = SchemaDoc.named("topology.schema.json")
            .part("/$defs/role/enum", TopologyFile.words(Role.class))
            .part("/$defs/link/properties/purpose/enum", TopologyFile.words(LinkPurpose.class))
            .part("/properties/hosts/maxItems", TopologyChecks.MAX_HOSTS)
            .part("/properties/links/maxItems", TopologyChecks.MAX_LINKS)
            .part("/properties/clients/maxItems", TopologyChecks.MAX_CLIENTS)
            .part("/properties/backends/maxItems", TopologyChecks.MAX_BACKENDS)
            .part("/$defs/backend/properties/weight/minimum", Backend.MIN_WEIGHT)
            .part("/$defs/backend/properties/weight/maximum", Backend.MAX_WEIGHT)
            .part("/properties/version/maximum", JsonShape.CURRENT_VERSION)
            .part("/properties/domain/pattern", "^" + NetworkNames.HOST_NAME_REGEX + "$")
            .part("/properties/domain/maxLength", NetworkNames.MAX_NAME)
            .part("/$defs/host/properties/ip/pattern", "^(" + NetworkNames.IPV4_REGEX + ")?$");

    private static final String CROSS = "names something the file must also define, or compares two of its values:"
            + " a JSON Schema checks each value on its own";
    /** The bad topologies no schema can refuse, and why. */
    static final Map<String, Beyond> BEYOND = Map.ofEntries(
            entry("backend-unknown-server.json", Beyond.schemaCannotSay("a backend naming an unknown server " + CROSS)),
            entry("duplicate-component-id.json", Beyond.schemaCannotSay("ids unique across hosts and components " + CROSS)),
            entry("duplicate-host-ip.json", Beyond.schemaCannotSay("addresses unique across hosts " + CROSS)),
            entry("duplicate-host-id.json", Beyond.schemaCannotSay("ids unique across hosts and components " + CROSS)),
            entry("entry-is-database.json", Beyond.schemaCannotSay("the role of the part 'entry' names " + CROSS)),
            entry("host-is-not-a-component.json", Beyond.schemaCannotSay("a link naming a host, not a part, " + CROSS)),
            entry("link-to-nothing.json", Beyond.schemaCannotSay("a link to an unknown part " + CROSS)),
            entry("lb-without-backends.json", Beyond.schemaCannotSay("which links leave the load balancer is a property of the whole graph")),
            entry("app-without-database.json", Beyond.schemaCannotSay("which links leave an application server is a property of the whole graph")),
            entry("no-users.json", Beyond.schemaCannotSay("a topology without users is a drawing in progress to the schema; the app refuses to run it")),
            entry("link-files-to-dns.json", Beyond.schemaCannotSay("the roles of the parts a link names " + CROSS)),
            entry("link-cycle.json", Beyond.schemaCannotSay("a loop of links is a property of the whole graph")),
            entry("two-primaries.json", Beyond.schemaCannotSay("reaching every Replica from the Primary is a"
                    + " property of the whole graph")),
            entry("replication-from-web.json", Beyond.schemaCannotSay("the roles of the parts a link names " + CROSS)),
            entry("replication-to-itself.json", Beyond.schemaCannotSay("'from' equal to 'to' " + CROSS)),
            entry("self-link.json", Beyond.schemaCannotSay("'from' equal to 'to' " + CROSS)),
            entry("duplicate-key.json", Beyond.schemaCannotSay("JSON parsers keep the last of two equal keys, so the"
                    + " schema sees one (editors warn of it themselves)")),
            entry("empty-file.json", Beyond.notJson("an empty file has no JSON value")),
            entry("nan-weight.json", Beyond.notJson("NaN is not JSON")),
            entry("not-utf8.json", Beyond.notJson("bytes that are not UTF-8 are not JSON text")),
            entry("trailing-garbage.json", Beyond.notJson("text after the document is a JSON syntax error")),
            entry("truncated.json", Beyond.notJson("a cut-off document is a JSON syntax error")));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEnumsAndLimitsAreTheCodes() throws Exception {
        SCHEMA.assertUpToDateAndValid();
    }

    @ParameterizedTest
    @EnumSource(Stages.class)
    void everyStageWrittenAsATopologyFileValidates(Stages stage, @TempDir Path dir) throws Exception {
        Path f = dir.resolve(stage.code() + ".json");
        TopologyFile.write(stage.topology(), f);
        SCHEMA.assertValid("stage " + stage.code(), JSON.readTree(f.toFile()));
    }

    /** A design saved with the places a person dragged its boxes to (x, y per host and Internet part). */
    @ParameterizedTest
    @EnumSource(ExampleDesigns.class)
    void aDesignWithPositionsValidates(ExampleDesigns design, @TempDir Path dir) throws Exception {
        io.infraviz.model.Topology t = design.topology();
        java.util.Map<String, io.infraviz.model.Position> places = new java.util.LinkedHashMap<>();
        t.hosts().forEach(h -> places.put(h.id(), new io.infraviz.model.Position(40.5, 120)));
        t.components().stream().filter(c -> c.hostId() == null)
                .forEach(c -> places.put(c.id(), new io.infraviz.model.Position(300, 10)));
        Path f = dir.resolve(design.code() + ".json");
        TopologyFile.write(t.withPositions(places), f);
        assertThat(Files.readString(f)).contains("\"x\"");
        SCHEMA.assertValid("design " + design.code(), JSON.readTree(f.toFile()));
    }

    @Test
    void aFileThatNamesItsSchemaIsReadAndStillValidates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        TopologyFile.write(Stages.SCALED.topology(), f);
        ObjectNode tree = (ObjectNode) JSON.readTree(f.toFile());
        ObjectNode named = JSON.createObjectNode().put("$schema", "../docs/topology.schema.json");
        named.setAll(tree);
        Files.writeString(f, named.toPrettyString());
        TopologyFile.read(f);
        SCHEMA.assertValid("a topology with $schema", named);

        named.put("$schema", 3);
        Files.writeString(f, named.toPrettyString());
        assertThatThrownBy(() -> TopologyFile.read(f)).hasMessageContaining("(field $schema): expected text");
    }

    @TestFactory
    List<DynamicTest> theSchemaRefusesWhatTheLoaderRefuses() throws Exception {
        return CorpusAgreement.cases(SCHEMA, Path.of("src/test/resources/bad/topology"), TopologyFile::read,
                TopologyFile.BadTopologyFile.class, BEYOND);
    }
}
