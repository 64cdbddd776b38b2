package dev.protostar.examples.cli;

import java.util.List;

/**
 * Whether a command line asked for {@code --json}, read from the raw arguments so that it is
 * known even when parsing them failed.
 */
final class JsonMode {

    /** The option that selects the machine interface. */
    static final String OPTION = "--json";

    private JsonMode() {}

    /** Whether {@code --json} appears among {@code args} before an end-of-options {@code --}. */
    static boolean requested(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(OPTION)) {
                return true;
            }
        }
        return false;
    }
}
