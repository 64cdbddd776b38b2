package dev.protostar.core.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this Protostar, as the build recorded it: what {@code protostar.lock} names as its producer. */
public final class ProducerVersion {

    private static final String RESOURCE = "producer-version.properties";

    private ProducerVersion() {}

    /** The build's version ({@code 0.1.0-SNAPSHOT}), or {@code unknown} when the build left no record of it. */
    public static String current() {
        try (InputStream in = ProducerVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown").strip();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
