package io.infraviz.sim.fault;

import io.infraviz.model.FaultAction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's and docs/scenarios.md's tables of actions list exactly the actions there are. */
class FaultActionsDocumentedTest {
    private static final Pattern CODE = Pattern.compile("`([a-z-]+)`");

    /** The codes in the first column of the table that follows the first line containing {@code heading}. */
    private static List<String> tableAfter(Path file, String heading) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int i = 0;
        while (!lines.get(i).contains(heading)) {
            i++;
        }
        while (!lines.get(i).trim().startsWith("|")) {
            i++;
        }
        List<String> codes = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).trim().startsWith("|"); i++) {
            Matcher m = CODE.matcher(lines.get(i).trim().split("\\|")[1]);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    private static String[] codes() {
        return Arrays.stream(FaultAction.values()).map(FaultAction::code).toArray(String[]::new);
    }

    @Test
    void theReadmeListsEveryAction() throws IOException {
        assertThat(tableAfter(Path.of("README.md"), "ACTION is one of")).containsExactly(codes());
    }

    @Test
    void theScenarioGuideListsEveryActionAndSet() throws IOException {
        List<String> expected = new ArrayList<>(List.of(codes()));
        expected.add("set");
        assertThat(tableAfter(Path.of("docs/scenarios.md"), "## Actions")).containsExactlyElementsOf(expected);
    }
}
