package io.infraviz.scenario;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of the JSON Schemas in {@code docs/}, for the schema tests. The schema is written by hand,
 * except the parts that the app's code owns (enums, limits, the settings catalogue): those are
 * filled in from the code ({@link #part}), so they cannot drift from what the loaders accept.
 * {@link #assertUpToDate()} fails when the file differs from what the code says, and rewrites it
 * when the tests run with {@code -Dschema.update=true}, as the golden files do.
 */
public final class SchemaDoc {
    /** How to bring docs/ up to date, for failure messages and the schemas' own comments. */
    public static final String REFRESH = "mvn test -Dtest='*SchemaTest' -Dschema.update=true";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads a file as an editor's JSON support does: standard JSON, nothing after the document. */
    private static final ObjectMapper EDITOR = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The schemas are read from docs/ (never fetched), so that "$ref": "topology.schema.json" finds its neighbour. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(SchemaDoc::fromDocs));

    /** What the schema says of a file. */
    public enum Verdict { ACCEPTED, REFUSED, NOT_JSON }

    /** A verdict with the schema's messages (or the parser's), for failure messages. */
    public record Check(Verdict verdict, String details) {
    }

    private final Path file;
    private final Map<String, JsonNode> parts = new LinkedHashMap<>();
    private Schema schema;

    private SchemaDoc(Path file) {
        this.file = file;
    }

    /** The schema {@code docs/NAME}. */
    public static SchemaDoc named(String name) {
        return new SchemaDoc(Path.of("docs", name));
    }

    public Path file() {
        return file;
    }

    /** The value at a JSON pointer ({@code /properties/hosts/maxItems}) comes from the code; its parent must exist. */
    public SchemaDoc part(String pointer, Object value) {
        boolean whole = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15;
        parts.put(pointer, JSON.valueToTree(whole ? (Object) ((Double) value).longValue() : value));
        return this;
    }

    /** Fails when the file differs from what the code says; with -Dschema.update=true, rewrites it instead. */
    public void assertUpToDate() throws IOException {
        String now = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode tree = JSON.readTree(now);
        for (Map.Entry<String, JsonNode> p : parts.entrySet()) {
            JsonPointer at = JsonPointer.compile(p.getKey());
            JsonNode parent = tree.at(at.head());
            assertThat(parent.isObject()).as("%s has no object at %s", file, at.head()).isTrue();
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), p.getValue());
        }
        String wanted = SchemaPrinter.print(tree);
        if (!now.equals(wanted) && Boolean.getBoolean("schema.update")) {
            Files.writeString(file, wanted, StandardCharsets.UTF_8);
            return;
        }
        assertThat(now).as("%s is out of date with the code (or not in its printed form): refresh it with %s"
                + " and review the difference", file, REFRESH).isEqualTo(wanted);
    }

    /** The file is as the code says ({@link #assertUpToDate()}) and a valid draft 2020-12 schema. */
    public void assertUpToDateAndValid() throws IOException {
        assertUpToDate();
        assertIsValidSchema();
    }

    /** The file is a valid draft 2020-12 schema, checked against the meta-schema the validator ships. */
    private void assertIsValidSchema() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(JSON.readTree(file.toFile()));
        assertThat(errors).as("%s against the draft 2020-12 meta-schema", file).isEmpty();
    }

    /** What the schema says of a file's bytes, read as an editor reads them. */
    public Check check(byte[] bytes) {
        JsonNode doc;
        try {
            doc = EDITOR.readTree(bytes);
        } catch (IOException e) {
            return new Check(Verdict.NOT_JSON, e.getMessage().lines().findFirst().orElse(""));
        }
        if (doc == null || doc.isMissingNode()) {
            return new Check(Verdict.NOT_JSON, "no JSON value");
        }
        return check(doc);
    }

    public Check check(JsonNode doc) {
        List<Error> errors;
        try {
            errors = schema().validate(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Check(errors.isEmpty() ? Verdict.ACCEPTED : Verdict.REFUSED, errors.toString());
    }

    /** Fails, with the schema's messages, unless the document validates. */
    public void assertValid(String what, JsonNode doc) {
        Check c = check(doc);
        assertThat(c.verdict()).as("%s against %s: %s", what, file, c.details()).isEqualTo(Verdict.ACCEPTED);
    }

    private Schema schema() throws IOException {
        if (schema == null) {
            if (Boolean.getBoolean("schema.update")) {
                assertUpToDate(); // refresh before reading, so that one run both refreshes and passes
            }
            schema = REGISTRY.getSchema(SchemaLocation.of(file.toAbsolutePath().toUri().toString()));
        }
        return schema;
    }

    /** The text of a schema in docs/ by its address, or null for any other address. */
    private static String fromDocs(String iri) {
        String docs = Path.of("docs").toAbsolutePath().toUri().toString();
        if (!iri.startsWith(docs)) {
            return null;
        }
        try {
            return Files.readString(Path.of(java.net.URI.create(iri)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file of a folder with an extension, sorted (for corpora). */
    public static List<Path> files(Path folder, String extension) throws IOException {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
