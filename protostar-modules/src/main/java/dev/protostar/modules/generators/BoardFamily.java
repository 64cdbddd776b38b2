package dev.protostar.modules.generators;

import java.util.List;

/**
 * Boards of one PlatformIO platform, by exact board id and by id prefix (all lower case).
 *
 * @param platform the PlatformIO platform, such as {@code espressif32}
 * @param framework the framework written into {@code platformio.ini}
 * @param exact board ids that belong here whatever prefix rules say
 * @param prefixes id prefixes of the family, such as {@code esp32}
 */
record BoardFamily(String platform, String framework, List<String> exact, List<String> prefixes) {

    BoardFamily {
        exact = List.copyOf(exact);
        prefixes = List.copyOf(prefixes);
    }

    /** How the family reads in an error message: {@code "espressif32: featheresp32, esp32*"}. */
    String describe() {
        List<String> names = new java.util.ArrayList<>(exact);
        prefixes.forEach(p -> names.add(p + "*"));
        return platform + ": " + String.join(", ", names);
    }
}
