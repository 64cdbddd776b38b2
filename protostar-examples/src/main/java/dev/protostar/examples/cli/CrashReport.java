package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The text printed when Protostar fails unexpectedly: everything a bug report needs. */
final class CrashReport {

    private CrashReport() {}

    static String render(Throwable error, List<String> arguments, String version) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return String.join(System.lineSeparator(),
                "Protostar hit an internal error. This is a bug; please report it with the text below.",
                "---- crash report ----",
                "protostar: " + version,
                "command:   protostar " + String.join(" ", arguments),
                "java:      " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "os:        " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                trace.toString().stripTrailing(),
                "---- end of crash report ----");
    }
}
