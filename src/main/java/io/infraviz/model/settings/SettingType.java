package io.infraviz.model.settings;

import io.infraviz.model.Coded;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What kind of value a setting holds and which values are valid. {@link #parse} reads what a lesson
 * file or the command line gives (a number, a word, true or false) and says what is wrong with it.
 */
public sealed interface SettingType<T> {

    /**
     * The value given, checked.
     *
     * @throws BadSettingValue with the rule the value breaks
     */
    T parse(Object given);

    /** The value as output shows it: a number, a word or true/false. */
    Object output(T value);

    /** A whole number from {@code min} to {@code max}. */
    record WholeNumber(int min, int max, Unit unit) implements SettingType<Integer> {
        @Override
        public Integer parse(Object given) {
            if (!(given instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw BadSettingValue.breaks("must be a whole number from " + min + " to " + max, given);
            }
            // Compared as a double: a huge value must not wrap around into the range as an int would.
            if (n.doubleValue() < min) {
                throw BadSettingValue.breaks("must be at least " + min, given);
            }
            if (n.doubleValue() > max) {
                throw BadSettingValue.breaks("must be at most " + max, given);
            }
            return n.intValue();
        }

        @Override
        public Object output(Integer value) {
            return value;
        }
    }

    /** A number above {@code min} (or equal to it when {@code minIncluded}) and at most {@code max}. */
    record Decimal(double min, boolean minIncluded, double max, Unit unit) implements SettingType<Double> {
        /** More than {@code min}, at most {@code max}. */
        public static Decimal above(double min, double max, Unit unit) {
            return new Decimal(min, false, max, unit);
        }

        public static Decimal between(double min, double max, Unit unit) {
            return new Decimal(min, true, max, unit);
        }

        @Override
        public Double parse(Object given) {
            double v = given instanceof Number n ? n.doubleValue() : Double.NaN;
            if (!((v > min || minIncluded && v == min) && v <= max) || Double.isInfinite(v)) {
                throw BadSettingValue.breaks(rule(v), given);
            }
            return v;
        }

        /** The rule {@code v} breaks: a closed range as a whole, otherwise the side it is on. */
        private String rule(double v) {
            boolean bounded = max != Double.POSITIVE_INFINITY;
            if (bounded && minIncluded) {
                return "must be between " + words(min) + " and " + words(max);
            }
            if (bounded && v > max) {
                return "must be at most " + words(max);
            }
            return minIncluded ? "must be at least " + words(min)
                    : min == 0 ? "must be a positive number" : "must be more than " + words(min);
        }

        private static String words(double v) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }

        @Override
        public Object output(Double value) {
            return value;
        }
    }

    /**
     * A duration people write in milliseconds (any decimals) and the simulation keeps in
     * microseconds; output shows milliseconds with three decimals. A positive duration is at least 1 µs.
     */
    record Millis(Decimal range) implements SettingType<Long> {
        @Override
        public Long parse(Object given) {
            long micros = Math.round(range.parse(given) * 1000);
            return range.minIncluded() ? micros : Math.max(1, micros);
        }

        @Override
        public Object output(Long micros) {
            return BigDecimal.valueOf(micros, 3);
        }
    }

    /**
     * One of an enum's words ({@link Coded#code()}); {@code words} says what a person reads for each
     * value in a list to pick from.
     */
    record Choice<E extends Enum<E> & Coded>(Class<E> type, Function<E, String> words, boolean anyCase)
            implements SettingType<E> {
        public static <E extends Enum<E> & Coded> Choice<E> of(Class<E> type) {
            return new Choice<>(type, Coded::code, false);
        }

        public Choice<E> showing(Function<E, String> newWords) {
            return new Choice<>(type, newWords, anyCase);
        }

        /** Also accepts the words in capitals (HTTP as HAProxy's documentation writes it). */
        public Choice<E> inAnyCase() {
            return new Choice<>(type, words, true);
        }

        public List<E> values() {
            return Arrays.asList(type.getEnumConstants());
        }

        @Override
        public E parse(Object given) {
            String word = String.valueOf(given);
            return Coded.find(type, anyCase ? word.toLowerCase(Locale.ROOT) : word)
                    .orElseThrow(() -> BadSettingValue.unknownWord(given, Coded.list(type)));
        }

        @Override
        public Object output(E value) {
            return value.code();
        }
    }

    /**
     * On or off. A {@code flag} on the command line only turns it on (its absence keeps what the
     * preset or stage says); otherwise the command line writes {@code on} or {@code off}.
     */
    record Toggle(boolean flag) implements SettingType<Boolean> {
        @Override
        public Boolean parse(Object given) {
            if (given instanceof Boolean b) {
                return b;
            }
            throw BadSettingValue.breaks("must be true or false", given);
        }

        @Override
        public Object output(Boolean value) {
            return value;
        }
    }

    /**
     * HAProxy's {@code weight} of named servers, each a whole number from {@code min} to {@code max}:
     * a lesson file writes {@code {"web-01": 3}}. Which names the load balancer has is the topology's
     * to say.
     */
    record ServerWeights(int min, int max) implements SettingType<Map<String, Integer>> {
        @Override
        public Map<String, Integer> parse(Object given) {
            if (!(given instanceof Map<?, ?> m)) {
                throw BadSettingValue.breaks("must name servers and their weights, e.g. {\"web-01\": 3}", given);
            }
            WholeNumber each = new WholeNumber(min, max, Unit.COUNT);
            Map<String, Integer> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                try {
                    out.put(String.valueOf(e.getKey()), each.parse(e.getValue()));
                } catch (BadSettingValue bad) {
                    throw BadSettingValue.breaks("of " + e.getKey() + " must be a whole number from " + min + " to " + max,
                            e.getValue());
                }
            }
            return out;
        }

        @Override
        public Object output(Map<String, Integer> value) {
            return value;
        }
    }
}
