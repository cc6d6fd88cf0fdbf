package io.infraviz.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.JsonShape;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.SchemaDoc;
import io.infraviz.scenario.SchemaDoc.Verdict;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/run.schema.json, the schema of saved runs and of the run an exported PNG carries: its
 * format, fault actions and settings are the code's, the runs the app writes validate, and it
 * refuses the broken runs the loader refuses, except those only the app can see.
 */
class RunSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaDoc SCHEMA = SchemaDoc.named("run.schema.json")
            .part("/properties/format/const", MomentFile.FORMAT)
            .part("/properties/version/maximum", JsonShape.CURRENT_VERSION)
            .part("/properties/time_us/maximum", io.infraviz.model.Limits.MAX_TIME_MS * 1000)
            .part("/$defs/action/properties/at_us/maximum", io.infraviz.model.Limits.MAX_TIME_MS * 1000)
            .part("/$defs/fault", fault())
            .part("/$defs/settings", settings());

    @Test
    void theFormatActionsAndSettingsAreTheCodes() throws Exception {
        SCHEMA.assertUpToDateAndValid();
    }

    @ParameterizedTest
    @EnumSource(Stages.class)
    void aSavedRunOfEveryStageValidates(Stages stage) throws Exception {
        Topology t = stage.topology();
        SimulationSettings s = Preset.CLASSROOM.settings().forTopology(t);
        Moment m = new Moment(t, s, 7, java.util.List.of(), 0)
                .with(Moment.Action.fault(1_000_000, new Fault(FaultAction.KILL, t.hosts().get(0).id())))
                .with(Moment.Action.settings(2_000_000, s.withDb(s.db().withReadPolicy(io.infraviz.model.ReadPolicy.PRIMARY))))
                .at(5_000_000);
        String json = MomentFile.toJson(m);
        MomentFile.fromJson(json, stage.code());
        SCHEMA.assertValid("a saved run of " + stage.code(), JSON.readTree(json));
    }

    @Test
    void theRunAnExportedPngCarriesValidates(@TempDir Path dir) throws Exception {
        Moment m = MomentFileTest.richMoment();
        Path png = dir.resolve("shot.png");
        PngExporter.write(ExportFixtures.diagram(m, DiagramTheme.LIGHT), m, PngExporter.Options.plain(1), png);
        SCHEMA.assertValid("the run in " + png, JSON.readTree(PngMomentChunk.momentJson(png)));
    }

    /**
     * Each broken run is refused by the loader, and by the schema too unless a reason is given:
     * then it is JSON of the right shape, wrong in a way only the app can see.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field | "seed" : | "sead" : |
            newer version | "version" : 1 | "version" : 2 |
            another format | infraviz-moment/1 | infraviz-moment/9 |
            negative time | "time_us" : 7250000 | "time_us" : -5 |
            time past 24 h | "time_us" : 7250000 | "time_us" : 86400000001 |
            action past 24 h | "at_us" : 1500000 | "at_us" : 99999999999999 |
            text seed | "seed" : 1 | "seed" : "one" |
            unknown action | "kill:web-02" | "explode:web-02" |
            fault without a target | "kill:web-02" | "kill" |
            null action | "actions" : [ | "actions" : [ null, |
            fault and settings | "fault" : "kill:web-02" | "fault" : "kill:web-02", "settings" : {} |
            settings typo | "interMs" | "interMz" |
            text for a number | "interMs" : 2000 | "interMs" : "2000" |
            fraction for a whole number | "interMs" : 2000 | "interMs" : 2000.5 |
            null setting | "interMs" : 2000 | "interMs" : null |
            text for a switch | "firewalls" : false | "firewalls" : "\\u0000" |
            unknown algorithm | "LEAST_CONNECTIONS" | "RANDOM" |
            unknown role | "role" : "database" | "role" : "teapot" |
            fault on nothing | "kill:web-02" | "kill:nope" | the part a fault names must be in the topology
            zero inter | "interMs" : 2000 | "interMs" : 0 |
            a request every microsecond | "intervalMicros" : 800000 | "intervalMicros" : 1 |
            two billion workers | "appWorkers" : 4 | "appWorkers" : 2000000000 |
            a LAN hop of days | "lanHop" : 350000 | "lanHop" : 900000000000 |
            duplicate host | "id" : "web-02" | "id" : "web-01" | ids must be unique across hosts and components
            entry is a database | "entry" : "lb-01.haproxy" | "entry" : "web-01.mysql" | the role of the part 'entry' names
            """)
    void theSchemaRefusesWhatTheLoaderRefuses(String name, String from, String to, String beyondBecause) throws Exception {
        String good = MomentFile.toJson(MomentFileTest.richMoment());
        String bad = good.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThat(bad).isNotEqualTo(good);
        assertThatThrownBy(() -> MomentFile.fromJson(bad, "run.json")).isInstanceOf(MomentFile.BadMomentFile.class);
        SchemaDoc.Check c = SCHEMA.check(JSON.readTree(bad));
        assertThat(c.verdict()).as("%s: the loader refuses it; the schema says %s (%s)", name, c.verdict(), c.details())
                .isEqualTo(beyondBecause == null ? Verdict.REFUSED : Verdict.ACCEPTED);
    }

    /** A fault is ACTION:ID, with the actions of {@link FaultAction}. */
    private static JsonNode fault() {
        String actions = Arrays.stream(FaultAction.values()).map(FaultAction::code).collect(Collectors.joining("|"));
        return JSON.createObjectNode()
                .put("description", "A fault as ACTION:ID, e.g. \"kill:web-02\" or \"cut:web-01.mysql->web-02.mysql\".")
                .put("type", "string")
                .put("pattern", "^(" + actions + "):.+$");
    }

    /** The settings as the app saves them: {@link SimulationSettings} and its records, field by field. */
    private static JsonNode settings() {
        ObjectNode out = JSON.createObjectNode().put("description", "The settings of a run as InfraViz saves them: times"
                + " in microseconds (fields ending in Ms: milliseconds). A field left out takes the classroom preset's"
                + " value (in an action: the run's).");
        out.setAll(shape(SimulationSettings.class, ""));
        return out;
    }

    /**
     * The range of each saved field a setting of the catalogue defines (the loader checks the same
     * with Settings.problemIn), in the unit the file keeps it in; the timings the catalogue leaves
     * out are durations of at most 24 h.
     */
    private static java.util.Optional<double[]> range(String path) {
        long maxUs = io.infraviz.model.Limits.MAX_TIME_MS * 1000;
        io.infraviz.model.settings.Setting<?> s = switch (path) {
            case "lb.interMs" -> io.infraviz.model.settings.Settings.INTER;
            case "lb.fall" -> io.infraviz.model.settings.Settings.FALL;
            case "lb.rise" -> io.infraviz.model.settings.Settings.RISE;
            case "lb.retries" -> io.infraviz.model.settings.Settings.RETRIES;
            case "lb.timeoutConnectMs" -> io.infraviz.model.settings.Settings.TIMEOUT_CONNECT;
            case "lb.timeoutServerMs" -> io.infraviz.model.settings.Settings.TIMEOUT_SERVER;
            case "lb.weights" -> io.infraviz.model.settings.Settings.WEIGHT;
            case "traffic.intervalMicros" -> io.infraviz.model.settings.Settings.INTERVAL;
            case "traffic.writeFraction" -> io.infraviz.model.settings.Settings.WRITES;
            case "db.connectRetry" -> io.infraviz.model.settings.Settings.CONNECT_RETRY;
            case "capacity.appWorkers" -> io.infraviz.model.settings.Settings.WORKERS;
            case "capacity.appQueue" -> io.infraviz.model.settings.Settings.QUEUE;
            case "timings.dnsTtl" -> io.infraviz.model.settings.Settings.DNS_TTL;
            default -> null;
        };
        if (s == null) {
            return path.equals("timings.jitterPercent") ? java.util.Optional.of(new double[] {0, 90})
                    : path.startsWith("timings.") ? java.util.Optional.of(new double[] {0, maxUs}) : java.util.Optional.empty();
        }
        Object t = s.type();
        if (t instanceof io.infraviz.model.settings.SettingType.WholeNumber w) {
            return java.util.Optional.of(new double[] {w.min(), w.max()});
        }
        if (t instanceof io.infraviz.model.settings.SettingType.ServerWeights w) {
            return java.util.Optional.of(new double[] {w.min(), w.max()});
        }
        if (t instanceof io.infraviz.model.settings.SettingType.Decimal d) {
            return java.util.Optional.of(new double[] {d.min(), d.max()});
        }
        if (t instanceof io.infraviz.model.settings.SettingType.Millis m) {
            // Kept in microseconds, defined in milliseconds.
            return java.util.Optional.of(new double[] {Math.ceil(m.range().min() * 1000), m.range().max() * 1000});
        }
        throw new IllegalStateException("no range for " + path + ": teach RunSchemaTest.range");
    }

    private static ObjectNode shape(Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        ObjectNode o = JSON.createObjectNode();
        if (raw.isRecord()) {
            ObjectNode properties = o.put("type", "object").putObject("properties");
            for (RecordComponent c : raw.getRecordComponents()) {
                properties.set(c.getName(), shape(c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName()));
            }
            return o.put("additionalProperties", false);
        }
        java.util.Optional<double[]> range = range(path);
        if (raw.isEnum()) {
            o.putArray("enum").addAll(Arrays.stream(raw.getEnumConstants())
                    .map(e -> JSON.valueToTree(((Enum<?>) e).name())).map(JsonNode.class::cast).toList());
            return o;
        }
        if (Map.class.isAssignableFrom(raw)) {
            o.put("type", "object").set("additionalProperties",
                    shape(((ParameterizedType) type).getActualTypeArguments()[1], path + ".*"));
            return o;
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return ranged(o.put("type", "integer"), range.or(() -> range(path.replace(".*", ""))), true);
        }
        if (raw == double.class || raw == Double.class) {
            return ranged(o.put("type", "number"), range, false);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return o.put("type", "boolean");
        }
        throw new IllegalStateException("no schema for " + type + ": teach RunSchemaTest.shape");
    }

    private static ObjectNode ranged(ObjectNode o, java.util.Optional<double[]> range, boolean whole) {
        range.ifPresent(r -> {
            if (whole) {
                o.put("minimum", (long) Math.ceil(r[0])).put("maximum", (long) Math.floor(r[1]));
            } else {
                o.put("minimum", r[0]).put("maximum", r[1]);
            }
        });
        return o;
    }
}
