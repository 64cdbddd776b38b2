package dev.protostar.modules.generators;

import dev.protostar.api.GeneratorTarget;
import java.util.List;

/**
 * {@code circuitpython}: {@code code.py}, a main loop that never blocks: each job runs when its
 * time (read from {@code time.monotonic()}) has come, so no {@code time.sleep} holds the others up.
 */
final class CircuitPythonGenerator implements Generator {

    static final GeneratorTarget TARGET = new GeneratorTarget("circuitpython", "", false,
            "code.py: a main loop that never blocks, each job run on its own schedule");

    private static final String CODE = """
            # code.py: CircuitPython runs this file at start-up and again after every save.
            #
            # The main loop never sleeps. Each job runs when its time has come, so a blinking LED,
            # a sensor reading and a button check can share the loop without holding one another up.
            # Add a job by creating another Every(...) and checking it in the loop.
            import time

            import board
            import digitalio


            class Every:
                \"""Says when a job is due, once per period, without ever waiting.\"""

                def __init__(self, period):
                    self.period = period
                    self.due = time.monotonic()

                def ready(self, now):
                    if now < self.due:
                        return False
                    # Skip the periods that were missed instead of running them all in a burst.
                    while self.due <= now:
                        self.due += self.period
                    return True


            # board.LED is the on-board LED of most boards; name another pin if yours has none.
            led = digitalio.DigitalInOut(board.LED)
            led.direction = digitalio.Direction.OUTPUT

            blink = Every(0.5)  # seconds between LED toggles
            report = Every(5.0)  # seconds between lines on the serial console

            while True:
                # time.monotonic() is a float and loses precision after days of uptime;
                # use time.monotonic_ns() in devices that run for weeks.
                now = time.monotonic()
                if blink.ready(now):
                    led.value = not led.value
                if report.ready(now):
                    print("running for", round(now), "s")
            """;

    @Override
    public GeneratorTarget target() {
        return TARGET;
    }

    @Override
    public List<GeneratedFile> files(GenerationInput input) {
        return List.of(new GeneratedFile("code.py", CODE));
    }
}
