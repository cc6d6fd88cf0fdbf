package io.infraviz.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a valid file the ways a careless editor or a hostile user would: flipped bytes, a cut-off
 * end, spans deleted or repeated, numbers swapped for awkward ones, values swapped for another JSON
 * type, deep nesting. Each mutation says what it did, so a finding can be read and reproduced.
 */
final class Mutator {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern VALUE = Pattern.compile("(?<=: )(\"[^\"]*\"|-?\\d[\\d.eE+-]*|true|false|null)");
    private static final String[] NUMBERS = {"-1", "0", "-0", "1.5", "1e400", "-1e400", "1e-400", "2147483648",
        "9223372036854775808", "99999999999999999999999", "NaN", "Infinity", "1e12", "0.0000001", "00", "1e2"};
    private static final String[] VALUES = {"null", "\"\"", "\"x\"", "[]", "{}", "true", "0", "[null]", "{\"a\":1}",
        "\"\\u0000\"", "\"\\ud800\""};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A broken copy of {@code in} (1 to 3 mutations) with the words of what was done. */
    Mutant mutate(byte[] in) {
        byte[] out = in;
        List<String> done = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(8)) {
                case 0 -> {
                    out = out.clone();
                    out[at] ^= (byte) (1 << random.nextInt(8));
                    done.add("flip bit at " + at);
                }
                case 1 -> {
                    out = slice(out, 0, at);
                    done.add("truncate at " + at);
                }
                case 2 -> {
                    int len = span(out, at);
                    out = concat(slice(out, 0, at), slice(out, at + len, out.length));
                    done.add("delete " + len + " bytes at " + at);
                }
                case 3 -> {
                    int len = span(out, at);
                    out = concat(slice(out, 0, at + len), slice(out, at, out.length));
                    done.add("repeat " + len + " bytes at " + at);
                }
                case 4 -> {
                    out = replaceOne(out, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], done, "number");
                }
                case 5 -> {
                    out = replaceOne(out, VALUE, VALUES[random.nextInt(VALUES.length)], done, "value");
                }
                case 6 -> {
                    out = concat(slice(out, 0, at), new byte[] {(byte) random.nextInt(256)}, slice(out, at, out.length));
                    done.add("insert a byte at " + at);
                }
                default -> {
                    int depth = random.nextBoolean() ? 100 : 100_000;
                    String deep = "[".repeat(depth) + "]".repeat(depth);
                    out = replaceOne(out, VALUE, deep, done, "value");
                    done.add("(nesting " + depth + ")");
                }
            }
        }
        return new Mutant(out, String.join(", ", done));
    }

    /** A mutated file and what was done to it. */
    record Mutant(byte[] bytes, String how) {
    }

    private int span(byte[] b, int at) {
        return Math.min(b.length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
    }

    /** Replaces one random match of {@code what} in the text with {@code with}. */
    private byte[] replaceOne(byte[] in, Pattern what, String with, List<String> done, String kind) {
        String text = new String(in, StandardCharsets.UTF_8);
        List<int[]> matches = new ArrayList<>();
        Matcher m = what.matcher(text);
        while (m.find()) {
            matches.add(new int[] {m.start(), m.end()});
        }
        if (matches.isEmpty()) {
            return in;
        }
        int[] hit = matches.get(random.nextInt(matches.size()));
        done.add(kind + " '" + text.substring(hit[0], hit[1]) + "' at " + hit[0] + " -> "
                + (with.length() > 20 ? with.substring(0, 20) + "..." : with));
        return (text.substring(0, hit[0]) + with + text.substring(hit[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
