package io.infraviz.cli;

import io.infraviz.model.Preset;
import io.infraviz.model.settings.BadSettingValue;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line and lesson files take their settings, and their words about bad values, from the catalogue. */
class SettingWordsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badValues() {
        return Stream.of(Arguments.of(Settings.FALL, 0), Arguments.of(Settings.RISE, 0), Arguments.of(Settings.INTER, 0),
                Arguments.of(Settings.RETRIES, -1), Arguments.of(Settings.TIMEOUT_SERVER, 0),
                Arguments.of(Settings.WRITES, 1.5), Arguments.of(Settings.RATE, -2.5),
                Arguments.of(Settings.ALGORITHM, "random"), Arguments.of(Settings.MODE, "both"),
                Arguments.of(Settings.CHECK, "udp"), Arguments.of(Settings.READ_POLICY, "nowhere"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void aBadValueGetsTheCataloguesWordsOnTheCommandLineAndInALesson(Setting<?> setting, Object bad) throws IOException {
        BadSettingValue expected = refusal(setting, bad);
        String option = setting.option().orElseThrow();
        CliRun cli = CliRun.of("simulate", option, String.valueOf(bad));
        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).contains(expected.messageFor(option));

        String json = bad instanceof String ? "\"" + bad + "\"" : String.valueOf(bad);
        Path lesson = dir.resolve("bad-" + setting.key() + ".json");
        Files.writeString(lesson, """
                { "name": "oops", "title": "Oops", "settings": { "%s": %s },
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 } ] }
                """.formatted(setting.key(), json));
        CliRun run = CliRun.of("simulate", "--scenario", lesson.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(lesson.toString(), "(field settings." + setting.key() + ")",
                expected.messageFor("setting '" + setting.key() + "'"));
    }

    private static BadSettingValue refusal(Setting<?> setting, Object bad) {
        try {
            setting.apply(Preset.CLASSROOM.settings(), bad);
        } catch (BadSettingValue e) {
            return e;
        }
        throw new AssertionError(setting + " took " + bad);
    }

    @Test
    void theHelpShowsEveryOptionOfTheCatalogueWithItsWords() {
        String help = CliRun.of("simulate", "--help").out().replaceAll("\\s+", " ");
        for (Setting<?> s : Settings.ALL) {
            s.option().ifPresent(o -> assertThat(help).contains(o).contains(s.help()));
        }
        assertThat(help).contains("--fall=N Failed checks that mark a server DOWN (default 3).")
                .contains("--https=on|off HTTPS to the load balancer (default: as the stage has it).")
                .contains("--interval=MS Time between two requests, in ms. --rate=RPS Requests per second.");
    }

    @Test
    void anUnknownLessonSettingListsTheKnownOnes() throws IOException {
        Path lesson = dir.resolve("unknown.json");
        Files.writeString(lesson, """
                { "name": "oops", "title": "Oops", "settings": { "speed": 2 },
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 } ] }
                """);
        assertThat(CliRun.of("simulate", "--scenario", lesson.toString()).err())
                .contains("unknown setting 'speed' (use one of rate, writes, algorithm");
    }
}
