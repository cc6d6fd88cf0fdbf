package io.infraviz.analysis;

import io.infraviz.model.Design;
import io.infraviz.model.Preset;
import io.infraviz.scenario.DesignCheck;
import io.infraviz.scenario.ExampleDesigns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in example designs: each is a design design mode draws without a problem, and the
 * Issues tab finds what each adds: the shared file server is a single point of failure for all
 * requests (both application servers load their code from it), while a third web server is not.
 */
class ExampleDesignsIssuesTest {
    @ParameterizedTest
    @EnumSource(ExampleDesigns.class)
    void anExampleIsADesignThatRuns(ExampleDesigns example) {
        assertThat(DesignCheck.problems(Design.of(example.topology()))).isEmpty();
    }

    @Test
    void theSharedFileServerIsASinglePointOfFailureForAllRequests() {
        IssuesAnalysis.Issues issues = IssuesAnalysis.of(ExampleDesigns.CENTRAL_STORAGE.topology(),
                Preset.REALISTIC.settings());
        assertThat(issues.spofAll()).contains("storage-01", "storage-01.files")
                .doesNotContain("web-01", "web-02", "web-01.nginx", "web-02.app");
    }

    @Test
    void withThreeWebServersAndTheDatabasesApartOnlyTheFrontAndThePrimaryRemain() {
        IssuesAnalysis.Issues issues = IssuesAnalysis.of(ExampleDesigns.THREE_WEB.topology(),
                Preset.REALISTIC.settings());
        assertThat(issues.spofAll()).containsExactly("dns", "lb-01", "lb-01.haproxy");
        assertThat(issues.spofWrites()).containsExactly("db-01", "db-01.mysql");
    }
}
