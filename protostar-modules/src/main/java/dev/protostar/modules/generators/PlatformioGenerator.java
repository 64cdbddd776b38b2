package dev.protostar.modules.generators;

import dev.protostar.api.GeneratorTarget;
import java.util.List;

/**
 * {@code pio BOARD}: {@code platformio.ini} with one environment for the board, its platform chosen
 * by {@link BoardPlatforms} (or named by the caller, for a board it does not know), the Arduino
 * framework and a 115200 baud serial monitor.
 */
final class PlatformioGenerator implements Generator {

    static final GeneratorTarget TARGET = new GeneratorTarget("pio", "BOARD", true,
            "platformio.ini for BOARD (esp32dev, uno, pico, teensy41...), the platform chosen from its name");

    @Override
    public GeneratorTarget target() {
        return TARGET;
    }

    @Override
    public List<GeneratedFile> files(GenerationInput input) {
        BoardPlatforms.Board board = BoardPlatforms.resolve(input.argument().orElseThrow(), input.platform());
        StringBuilder text = new StringBuilder();
        text.append("; PlatformIO project for the ").append(board.id()).append(" board, written by Protostar.\n");
        board.shorthand().ifPresent(shorthand -> text.append("; \"").append(shorthand)
                .append("\" is written as PlatformIO's board id ").append(board.id()).append(".\n"));
        text.append("; Build: pio run   Upload: pio run -t upload   Serial monitor: pio device monitor\n")
                .append("; Your code goes in src/, libraries of your own in lib/.\n")
                .append("\n")
                .append("[env:").append(board.id()).append("]\n")
                .append("platform = ").append(board.family().platform()).append("\n")
                .append("board = ").append(board.id()).append("\n")
                .append("framework = ").append(board.family().framework()).append("\n")
                .append("monitor_speed = 115200\n");
        return List.of(new GeneratedFile("platformio.ini", text.toString()));
    }
}
