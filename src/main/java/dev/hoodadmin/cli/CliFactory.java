package dev.hoodadmin.cli;

import picocli.CommandLine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Lets picocli build the command-line commands with a given {@link CliEnvironment} (tests, benchmark);
 * everything else is made as picocli would. Without this factory each command uses the real environment.
 */
public final class CliFactory implements CommandLine.IFactory {
    private final CliEnvironment environment;

    public CliFactory(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (CliCommand.class.isAssignableFrom(type)) {
            Constructor<K> constructor = type.getDeclaredConstructor(CliEnvironment.class);
            try {
                return constructor.newInstance(environment);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
