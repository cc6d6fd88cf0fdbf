package io.infraviz.scenario.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lessons: a teacher's JSON file or a built-in one. A file with a mistake is refused whole,
 * with a message naming the file, the place (line and column, or field) and the problem.
 */
public final class ScenarioFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** A lesson that cannot be used; the message says where and why. */
    public static final class BadScenario extends Exception {
        public BadScenario(String message) {
            super(message);
        }
    }

    private ScenarioFile() {
    }

    public static Lesson read(Path file) throws BadScenario {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadScenario(file + ": no such file");
        } catch (IOException e) {
            throw new BadScenario(file + ": cannot read it (" + e.getMessage() + ")");
        }
        return parse(text, file.toString());
    }

    /** Parses and checks a lesson; {@code source} names it in messages. */
    public static Lesson parse(String json, String source) throws BadScenario {
        Scenario s;
        try {
            s = MAPPER.readValue(json, Scenario.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? " (field " + path(m) + ")" : "";
            throw new BadScenario(source + where + field + ": " + e.getOriginalMessage());
        }
        if (s == null) {
            throw new BadScenario(source + ": the file is empty");
        }
        try {
            return new Lesson(s);
        } catch (IllegalArgumentException e) {
            throw new BadScenario(source + ": " + e.getMessage());
        }
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
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

    /** A built-in lesson name or a file path. */
    public static Lesson load(String nameOrFile) throws BadScenario {
        if (builtInNames().contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        Path p = Path.of(nameOrFile);
        if (!Files.exists(p)) {
            throw new BadScenario("'" + nameOrFile + "' is neither a built-in lesson (see 'scenarios') nor a file");
        }
        return read(p);
    }
}
