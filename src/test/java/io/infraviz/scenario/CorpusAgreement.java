package io.infraviz.scenario;

import io.infraviz.scenario.SchemaDoc.Verdict;
import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A loader and a schema agree on a corpus of bad files ({@code src/test/resources/bad/AREA/*.json}):
 * each file the loader refuses, the schema refuses too, unless it is listed as beyond what a schema
 * can say, with the reason. A listed file must really get past the schema (or really not be JSON,
 * as listed), and be in the corpus, so that the list cannot go stale.
 */
public final class CorpusAgreement {
    /** Why a schema cannot refuse a bad file, and what it says of it instead. */
    public record Beyond(Verdict verdict, String why) {
        /** Not JSON at all (its bytes or its syntax): an editor flags it before any schema applies. */
        public static Beyond notJson(String why) {
            return new Beyond(Verdict.NOT_JSON, why);
        }

        /** JSON of the right shape, wrong in a way only the app can see. */
        public static Beyond schemaCannotSay(String why) {
            return new Beyond(Verdict.ACCEPTED, why);
        }
    }

    /** Reads a file the way the app does. */
    public interface Loader {
        void load(Path file) throws Exception;
    }

    private CorpusAgreement() {
    }

    /** One test per file of the corpus, and one that every listed exception is a file of it. */
    public static List<DynamicTest> cases(SchemaDoc schema, Path corpus, Loader loader,
                                          Class<? extends Exception> refusal, Map<String, Beyond> beyond)
            throws java.io.IOException {
        List<Path> files = SchemaDoc.files(corpus, ".json");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertThatThrownBy(() -> loader.load(f)).as("the loader on %s", f).isInstanceOf(refusal);
                SchemaDoc.Check c = schema.check(Files.readAllBytes(f));
                Beyond listed = beyond.get(name);
                if (listed == null) {
                    assertThat(c.verdict()).as("%s: the loader refuses it but %s says %s; make the schema refuse it,"
                            + " or list it with the reason a schema cannot", f, schema.file(), c.verdict())
                            .isEqualTo(Verdict.REFUSED);
                } else {
                    assertThat(c.verdict()).as("%s is listed as beyond the schema (%s) but %s says %s (%s): take it"
                            + " off the list", f, listed.why(), schema.file(), c.verdict(), c.details())
                            .isEqualTo(listed.verdict());
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("every listed exception is a file of " + corpus, () ->
                assertThat(files.stream().map(p -> p.getFileName().toString()).toList())
                        .containsAll(beyond.keySet())));
        return tests;
    }
}
