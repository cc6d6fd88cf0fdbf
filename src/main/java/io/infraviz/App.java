package io.infraviz;

import io.infraviz.cli.InfravizCommand;

/** Entry point: hands every invocation to the command line. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.exit(InfravizCommand.run(args, System.out, System.err));
    }
}
