package dev.protostar.modules.generators;

import dev.protostar.api.InvalidArgumentException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which PlatformIO platform a board id belongs to. An exact id wins over every prefix (so {@code
 * nodemcu-32s} is an ESP32 although {@code nodemcu*} boards are ESP8266s), then the longest matching
 * prefix wins (so {@code uno_r4_wifi} is a Renesas board, not an AVR like {@code uno}). Matching
 * ignores case; the id is written as given. Three shorthands that are no PlatformIO ids are
 * written as the id they stand for: {@code nano} (nanoatmega328), {@code mega} (megaatmega2560)
 * and {@code rpipico} (pico).
 */
final class BoardPlatforms {

    private static final Pattern BOARD_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private static final Pattern PLATFORM_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private static final Map<String, String> SHORTHANDS = Map.of(
            "nano", "nanoatmega328",
            "mega", "megaatmega2560",
            "rpipico", "pico");

    private static final List<BoardFamily> FAMILIES = List.of(
            new BoardFamily("espressif32", "arduino",
                    List.of("featheresp32", "nodemcu-32s", "nano_esp32"), List.of("esp32", "lolin32")),
            new BoardFamily("espressif8266", "arduino",
                    List.of("d1", "esp01", "esp01_1m", "huzzah"), List.of("esp8266", "nodemcu", "d1_mini")),
            new BoardFamily("atmelavr", "arduino",
                    List.of("uno", "nano", "mega", "leonardo", "micro"),
                    List.of("nanoatmega", "megaatmega", "pro16mhzatmega", "pro8mhzatmega")),
            new BoardFamily("atmelmegaavr", "arduino", List.of("nano_every", "uno_wifi_rev2"), List.of()),
            new BoardFamily("atmelsam", "arduino", List.of("due", "zero"), List.of("mkr")),
            new BoardFamily("renesas-ra", "arduino", List.of(), List.of("uno_r4")),
            new BoardFamily("nordicnrf52", "arduino", List.of(), List.of("nano33ble")),
            new BoardFamily("raspberrypi", "arduino", List.of("pico", "rpipico", "nanorp2040connect"), List.of()),
            new BoardFamily("ststm32", "arduino", List.of(),
                    List.of("nucleo_", "bluepill", "blackpill", "genericstm32", "disco_", "stm32")),
            new BoardFamily("teensy", "arduino", List.of(), List.of("teensy")));

    private BoardPlatforms() {}

    /** A board, resolved: the id to write, its family, and the shorthand it came from if any. */
    record Board(String id, BoardFamily family, Optional<String> shorthand) {}

    /**
     * Resolves {@code board}.
     *
     * @throws InvalidArgumentException when it is no board id, or one of no known family (the hint
     *     lists the known ids and prefixes)
     */
    static Board resolve(String board) {
        return resolve(board, Optional.empty());
    }

    /**
     * Resolves {@code board}; a {@code platform} given wins over the one its name suggests, and makes
     * any well-formed board id usable.
     *
     * @throws InvalidArgumentException when it is no board id, the platform is no platform id, or no
     *     platform is given and the board is of no known family (the hint lists the known ids and
     *     prefixes, and offers the platform option)
     */
    static Board resolve(String board, Optional<String> platform) {
        if (platform.isPresent() && !PLATFORM_ID.matcher(platform.get()).matches()) {
            throw new InvalidArgumentException("platform", platform.get(),
                    "a PlatformIO platform id has only lower-case letters, digits, _ and -.",
                    "Use the id `pio boards BOARD` lists in its platform column, such as espressif32.");
        }
        if (platform.isPresent() && BOARD_ID.matcher(board).matches()) {
            String key = board.toLowerCase(Locale.ROOT);
            String shorthand = SHORTHANDS.get(key);
            BoardFamily family = new BoardFamily(platform.get(), "arduino", List.of(), List.of());
            return shorthand == null ? new Board(board, family, Optional.empty())
                    : new Board(shorthand, family, Optional.of(board));
        }
        if (!BOARD_ID.matcher(board).matches()) {
            throw new InvalidArgumentException("board", board,
                    "a PlatformIO board id has only letters, digits and _ . -", knownBoards());
        }
        String key = board.toLowerCase(Locale.ROOT);
        BoardFamily family = exact(key).or(() -> longestPrefix(key)).orElseThrow(() -> new InvalidArgumentException(
                "board", board, "Protostar does not know which PlatformIO platform it belongs to.", knownBoards()));
        String shorthand = SHORTHANDS.get(key);
        return shorthand == null ? new Board(board, family, Optional.empty()) : new Board(shorthand, family, Optional.of(board));
    }

    private static Optional<BoardFamily> exact(String key) {
        return FAMILIES.stream().filter(f -> f.exact().contains(key)).findFirst();
    }

    private static Optional<BoardFamily> longestPrefix(String key) {
        BoardFamily best = null;
        int bestLength = 0;
        for (BoardFamily family : FAMILIES) {
            for (String prefix : family.prefixes()) {
                if (key.startsWith(prefix) && prefix.length() > bestLength) {
                    best = family;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hint of an unknown board: every family with its ids and prefixes. */
    static String knownBoards() {
        return "Known boards (* matches any ending): "
                + FAMILIES.stream().map(BoardFamily::describe).collect(Collectors.joining("; "))
                + ". For any other board, name its PlatformIO platform (CLI: --platform PLATFORM, such as"
                + " --platform espressif32), or let `pio project init --board ID` write platformio.ini.";
    }
}
