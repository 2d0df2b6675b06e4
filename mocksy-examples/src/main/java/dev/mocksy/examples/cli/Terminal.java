package dev.mocksy.examples.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The streams a command talks through; commands take it in their constructor so tests can pipe input and read
 * output without touching {@code System.in}. {@code interactive} when a person types into a console that echoes.
 */
public record Terminal(BufferedReader in, PrintStream out, PrintStream err, boolean interactive) {

    /** Creates picocli commands, handing each one the terminal if its constructor takes one. */
    static final class Factory implements CommandLine.IFactory {
        private final Terminal terminal;

        Factory(InputStream in, PrintStream out, PrintStream err) {
            this.terminal = new Terminal(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    out,
                    err,
                    in == System.in && System.console() != null);
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(Terminal.class);
                return constructor.newInstance(terminal);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
