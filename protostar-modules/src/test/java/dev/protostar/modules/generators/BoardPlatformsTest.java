package dev.protostar.modules.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.InvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The board-to-platform table of the pio generator. */
class BoardPlatformsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "esp32dev, espressif32, esp32dev",
        "esp32-s3-devkitc-1, espressif32, esp32-s3-devkitc-1",
        "ESP32cam, espressif32, ESP32cam",
        "featheresp32, espressif32, featheresp32",
        "nodemcu-32s, espressif32, nodemcu-32s",
        "nano_esp32, espressif32, nano_esp32",
        "esp8266, espressif8266, esp8266",
        "nodemcuv2, espressif8266, nodemcuv2",
        "d1_mini, espressif8266, d1_mini",
        "d1_mini_pro, espressif8266, d1_mini_pro",
        "uno, atmelavr, uno",
        "nano, atmelavr, nanoatmega328",
        "nanoatmega328new, atmelavr, nanoatmega328new",
        "mega, atmelavr, megaatmega2560",
        "megaatmega2560, atmelavr, megaatmega2560",
        "leonardo, atmelavr, leonardo",
        "pro16MHzatmega328, atmelavr, pro16MHzatmega328",
        "nano_every, atmelmegaavr, nano_every",
        "uno_wifi_rev2, atmelmegaavr, uno_wifi_rev2",
        "uno_r4_wifi, renesas-ra, uno_r4_wifi",
        "due, atmelsam, due",
        "mkrwifi1010, atmelsam, mkrwifi1010",
        "nano33ble, nordicnrf52, nano33ble",
        "pico, raspberrypi, pico",
        "rpipico, raspberrypi, pico",
        "nanorp2040connect, raspberrypi, nanorp2040connect",
        "nucleo_f401re, ststm32, nucleo_f401re",
        "bluepill_f103c8, ststm32, bluepill_f103c8",
        "blackpill_f411ce, ststm32, blackpill_f411ce",
        "genericSTM32F103C8, ststm32, genericSTM32F103C8",
        "stm32f4discovery, ststm32, stm32f4discovery",
        "teensy41, teensy, teensy41",
    })
    void choosesThePlatformFromTheBoardName(String board, String platform, String written) {
        BoardPlatforms.Board resolved = BoardPlatforms.resolve(board);

        assertThat(resolved.family().platform()).isEqualTo(platform);
        assertThat(resolved.family().framework()).isEqualTo("arduino");
        assertThat(resolved.id()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arduino_uno_q", "attiny85", "microbit", "x"})
    void anUnknownBoardIsABadArgumentThatListsTheKnownOnes(String board) {
        assertThatThrownBy(() -> BoardPlatforms.resolve(board))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.argument()).isEqualTo("board");
                    assertThat(e.value()).isEqualTo(board);
                    assertThat(e.getMessage()).isEqualTo("Invalid board \"" + board
                            + "\": Protostar does not know which PlatformIO platform it belongs to.");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint)
                            .startsWith("Known boards (* matches any ending): espressif32: featheresp32, ")
                            .contains("esp32*").contains("atmelavr: uno, nano, mega, leonardo")
                            .contains("raspberrypi: pico, rpipico").contains("ststm32: nucleo_*, bluepill*")
                            .contains("teensy: teensy*")
                            .endsWith("For any other board, name its PlatformIO platform (CLI: --platform PLATFORM,"
                                    + " such as --platform espressif32), or let `pio project init --board ID` write"
                                    + " platformio.ini."));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"esp32 dev", "uno/../x", "pico;rm", "", "nano\n"})
    void aNameThatCannotBeABoardIdIsRefusedBeforeTheTable(String board) {
        assertThatThrownBy(() -> BoardPlatforms.resolve(board))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("a PlatformIO board id has only letters, digits and _ . -");
    }
}
