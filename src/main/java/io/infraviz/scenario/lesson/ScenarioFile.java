package io.infraviz.scenario.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.infraviz.model.Topology;
import io.infraviz.scenario.JsonInput;
import io.infraviz.scenario.JsonShape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lessons: a teacher's JSON file or a built-in one. A file with a mistake is refused whole,
 * with a message naming the file, the place (line and column, or field) and the problem.
 */
public final class ScenarioFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();
    private static final Pattern FIELD_FIRST = Pattern.compile("([a-z_]+(?:\\[\\d+])?(?:\\.[a-z_]+(?:\\[\\d+])?)*): (.*)");

    /** A lesson that cannot be used; the message says where and why. */
    public static final class BadScenario extends Exception {
        public BadScenario(String message) {
            super(message);
        }
    }

    private ScenarioFile() {
    }

    public static Lesson read(Path file) throws BadScenario {
        return read(file, null);
    }

    /** A lesson file on {@code design} instead of its stage (on its stage when null). */
    public static Lesson read(Path file, Topology design) throws BadScenario {
        try {
            return lesson(JsonInput.read(file), design);
        } catch (JsonInput.BadJson e) {
            throw new BadScenario(e.getMessage());
        }
    }

    /** Parses and checks a lesson; {@code source} names it in messages. */
    public static Lesson parse(String json, String source) throws BadScenario {
        try {
            return lesson(JsonInput.parse(json, source), null);
        } catch (JsonInput.BadJson e) {
            throw new BadScenario(e.getMessage());
        }
    }

    private static Lesson lesson(JsonInput.Document doc, Topology design) throws JsonInput.BadJson {
        Scenario s = JsonShape.bind(doc, "", doc.root(), Scenario.class, SNAKE::translate, MAPPER);
        try {
            return new Lesson(s, design);
        } catch (IllegalArgumentException e) {
            throw placed(doc, e.getMessage() + (design == null ? "" : onDesign(design)));
        }
    }

    /** A lesson's complaint "steps[0].wait_seconds: problem", pointed at that field's line when it can be. */
    private static JsonInput.BadJson placed(JsonInput.Document doc, String message) {
        Matcher m = FIELD_FIRST.matcher(message);
        if (m.matches() && doc.knows(m.group(1))) {
            return doc.bad(m.group(1), m.group(2));
        }
        return new JsonInput.BadJson(doc.source() + ": " + message);
    }

    /** The built-in lessons, in teaching order (listed in /scenarios/index.txt on the classpath). */
    public static List<Lesson> builtIn() {
        List<Lesson> out = new ArrayList<>();
        for (String name : builtInNames()) {
            out.add(builtIn(name));
        }
        return out;
    }

    public static List<String> builtInNames() {
        try (InputStream in = ScenarioFile.class.getResourceAsStream("/scenarios/index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in lessons", e);
        }
    }

    /** A built-in lesson by name; they are checked by the tests, so a broken one is a bug. */
    public static Lesson builtIn(String name) {
        try (InputStream in = ScenarioFile.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in lesson '" + name + "'");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in lesson " + name);
        } catch (IOException | BadScenario e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A checked lesson on {@code design} instead of its stage; refused when it names a part the design lacks. */
    public static Lesson on(Lesson lesson, Topology design) throws BadScenario {
        try {
            return new Lesson(lesson.scenario(), design);
        } catch (IllegalArgumentException e) {
            throw new BadScenario("lesson " + lesson.scenario().name() + ": " + e.getMessage() + onDesign(design));
        }
    }

    private static String onDesign(Topology design) {
        return " (the lesson runs on the design '" + design.name() + "')";
    }

    /** A built-in lesson name or a file path. */
    public static Lesson load(String nameOrFile) throws BadScenario {
        return load(nameOrFile, null);
    }

    /** A built-in lesson name or a file path, on {@code design} instead of its stage (on its stage when null). */
    public static Lesson load(String nameOrFile, Topology design) throws BadScenario {
        if (builtInNames().contains(nameOrFile)) {
            Lesson own = builtIn(nameOrFile);
            return design == null ? own : on(own, design);
        }
        Path p = Path.of(nameOrFile);
        if (!Files.exists(p)) {
            throw new BadScenario("'" + nameOrFile + "' is neither a built-in lesson (see 'scenarios') nor a file");
        }
        return read(p, design);
    }
}
