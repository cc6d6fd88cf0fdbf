package io.infraviz.cli;

/** Bad input from the user: the message names what is wrong; the command exits with code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
