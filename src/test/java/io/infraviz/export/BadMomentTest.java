package io.infraviz.export;

import io.infraviz.scenario.Moment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Saved runs and the run a PNG carries go through the same strict reader as topologies and
 * lessons (no command reads them, so these cases live here rather than in the bad-input corpus):
 * each broken run is refused whole with its one-line message.
 */
class BadMomentTest {
    private static final String GOOD = MomentFile.toJson(MomentFileTest.richMoment());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing text | } | }x | run.json at line 1, column 2: unexpected text after the end of the JSON document
            null document | { | null | run.json at line 1, column 1: expected a JSON object, found null
            unknown field | "seed" : | "sead" : | (field sead): unknown field 'sead'; did you mean 'seed'?
            newer version | "version" : 1 | "version" : 2 | (field version): version 2 was written by a newer InfraViz; this one reads up to version 1
            schema not text | "version" : 1 | "$schema" : 7 | (field $schema): expected text
            NaN seed | "seed" : 1 | "seed" : NaN | NaN and Infinity are not numbers JSON allows
            duplicate host | "id" : "web-02" | "id" : "web-01" | (field topology.hosts[2].id): 'web-01' is already the id of hosts[1]
            entry is a database | "entry" : "lb-01.haproxy" | "entry" : "web-01.mysql" | (field topology.entry): 'web-01.mysql' is a database
            null action | "actions" : [ | "actions" : [ null, | (field actions[0]): expected an object, found null
            settings typo | "interMs" | "interMz" | unknown field 'interMz'; did you mean 'interMs'?
            text for a number | "interMs" : 2000 | "interMs" : "2000" | (field settings.lb.interMs): a value of the wrong kind: text "2000"
            fraction for a whole number | "interMs" : 2000 | "interMs" : 2000.5 | (field settings.lb.interMs): a value of the wrong kind: the number 2000.5
            empty text for a switch | "firewalls" : false | "firewalls" : "" | (field settings.security.firewalls): a value of the wrong kind: text ""
            """)
    void aBrokenRunIsRefusedWithItsMessage(String name, String from, String to, String message) {
        String json = from.equals("{") && to.equals("null") ? "null" : GOOD.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        if (from.equals("}")) {
            json = GOOD.strip() + "x";
        }
        String one = json;
        assertThatThrownBy(() -> MomentFile.fromJson(one, "run.json")).isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith("run.json").hasMessageContaining(message.replace("line 1, column 2",
                        "line " + GOOD.strip().lines().count() + ", column 2"))
                .hasMessageNotContaining("\n").hasMessageNotContaining("jackson").hasMessageNotContaining("Exception");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Moment back = MomentFile.fromJson(new String(withBom, StandardCharsets.UTF_8), "bom.json");
        MomentFileTest.assertSameMoment(back, MomentFileTest.richMoment());
    }

    @Test
    void aRunIsWrittenWithItsVersionAndOneWithoutIsReadAsVersionOne() throws Exception {
        assertThat(GOOD).contains("\"version\" : 1,");
        Moment back = MomentFile.fromJson(GOOD.replaceFirst("\"version\" : 1,", ""), "v1.json");
        assertThat(back.seed()).isEqualTo(MomentFileTest.richMoment().seed());
    }

    @Test
    void aRunThatNamesItsSchemaIsRead() throws Exception {
        Moment back = MomentFile.fromJson(GOOD.replaceFirst("\"version\" : 1,",
                "\"\\$schema\" : \"../docs/run.schema.json\","), "named.json");
        assertThat(back.seed()).isEqualTo(MomentFileTest.richMoment().seed());
    }
}
