package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The examples of RFC 8785 (JSON Canonicalization Scheme). */
class JcsTest {

    @Test
    void the_rfc_example_canonicalises_to_the_rfc_output() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;

        assertThat(Jcs.canonical(parse(input))).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void members_are_sorted_by_utf16_code_units() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;

        String canonical = Jcs.canonical(parse(input));

        assertThat(canonical.replaceAll("\"[^\"]*\":", "")).isEqualTo("{\"Carriage Return\",\"One\",\"Control\","
                + "\"Latin Small Letter O With Diaeresis\",\"Euro Sign\",\"Emoji: Grinning Face\","
                + "\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void numbers_are_written_as_ecmascript_writes_them() {
        assertThat(es6(0x0000000000000000L)).isEqualTo("0");
        assertThat(es6(0x8000000000000000L)).isEqualTo("0");
        assertThat(es6(0x0000000000000001L)).isEqualTo("5e-324");
        assertThat(es6(0x8000000000000001L)).isEqualTo("-5e-324");
        assertThat(es6(0x7fefffffffffffffL)).isEqualTo("1.7976931348623157e+308");
        assertThat(es6(0xffefffffffffffffL)).isEqualTo("-1.7976931348623157e+308");
        assertThat(es6(0x4340000000000000L)).isEqualTo("9007199254740992");
        assertThat(es6(0xc340000000000000L)).isEqualTo("-9007199254740992");
        assertThat(es6(0x4430000000000000L)).isEqualTo("295147905179352830000");
        assertThat(es6(0x44b52d02c7e14af5L)).isEqualTo("9.999999999999997e+22");
        assertThat(es6(0x44b52d02c7e14af6L)).isEqualTo("1e+23");
        assertThat(es6(0x44b52d02c7e14af7L)).isEqualTo("1.0000000000000001e+23");
        assertThat(es6(0x444b1ae4d6e2ef4eL)).isEqualTo("999999999999999700000");
        assertThat(es6(0x444b1ae4d6e2ef4fL)).isEqualTo("999999999999999900000");
        assertThat(es6(0x444b1ae4d6e2ef50L)).isEqualTo("1e+21");
        assertThat(es6(0x3eb0c6f7a0b5ed8cL)).isEqualTo("9.999999999999997e-7");
        assertThat(es6(0x3eb0c6f7a0b5ed8dL)).isEqualTo("0.000001");
        assertThat(es6(0x41b3de4355555553L)).isEqualTo("333333333.3333332");
        assertThat(es6(0x41b3de4355555554L)).isEqualTo("333333333.33333325");
        assertThat(es6(0x41b3de4355555555L)).isEqualTo("333333333.3333333");
        assertThat(es6(0x41b3de4355555556L)).isEqualTo("333333333.3333334");
        assertThat(es6(0x41b3de4355555557L)).isEqualTo("333333333.33333343");
        assertThat(es6(0xbecbf647612f3696L)).isEqualTo("-0.0000033333333333333333");
        assertThat(es6(0x43143ff3c1cb0959L)).isEqualTo("1424953923781206.2");
    }

    @Test
    void integers_and_nested_structures_carry_no_whitespace() {
        assertThat(Jcs.canonical(parse("{ \"b\" : [ 1 , { \"d\": 10, \"c\": -3 } ], \"a\": \"x\\ty\" }")))
                .isEqualTo("{\"a\":\"x\\ty\",\"b\":[1,{\"c\":-3,\"d\":10}]}");
    }

    private static String es6(long bits) {
        return Jcs.es6(Double.longBitsToDouble(bits));
    }

    private static JsonNode parse(String json) {
        return OpenBadges.JSON.readTree(json);
    }
}
