package io.infraviz.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum value with a lower-case word used on the command line and in files. */
public interface Coded {
    String code();

    /** The value of {@code type} whose code is {@code code}. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** All codes of {@code type}, comma-separated, for help and error messages. */
    static <E extends Enum<E> & Coded> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
