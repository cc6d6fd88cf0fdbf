package io.infraviz;

import io.infraviz.cli.InfravizCommand;

/** Entry point: hands every invocation to the command line. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = InfravizCommand.run(args, System.out, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println("infraviz: not enough memory for this (give Java more, e.g. java -Xmx2g -jar ..., or ask for less)");
            code = 1;
        } catch (StackOverflowError e) {
            System.err.println("infraviz: internal error: " + e);
            code = 1;
        }
        System.exit(code);
    }
}
