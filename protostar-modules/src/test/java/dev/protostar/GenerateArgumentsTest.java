package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.GeneratorTarget;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.LatexPreset;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.Workspace;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unknown targets and unusable names: exit code 2, a message naming the value, and not one mutation. */
class GenerateArgumentsTest {

    private static InvalidArgumentException refused(String target, String name) {
        FaultInjectingWorkspace workspace = FaultInjectingWorkspace.counting(Workspace.inMemory());
        Generation generation = Protostar.generate(target).workspace(workspace);
        if (name != null) {
            generation.name(name);
        }
        InvalidArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidArgumentException.class,
                generation::run);
        assertThat(error.exitCode()).isEqualTo(2);
        assertThat(workspace.mutations()).as("nothing written, not even the lock").isZero();
        return error;
    }

    @Test
    void theTargetsAreListedInHelpOrderWithTheirUsage() {
        assertThat(Protostar.generators()).extracting(GeneratorTarget::usage)
                .containsExactly("cpp-class NAME", "cmake [PROJECT]", "tex [NAME]", "circuitpython", "pio BOARD");
        assertThat(Protostar.generators()).allSatisfy(t -> assertThat(t.description()).isNotBlank());
    }

    @Test
    void anUnknownTargetIsRefusedAtOnceListingEveryTarget() {
        assertThatThrownBy(() -> Protostar.generate("cpp"))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Invalid generator target \"cpp\": there is no generator of that name.");
                    assertThat(e.hint()).hasValue(
                            "Use one of: cpp-class NAME, cmake [PROJECT], tex [NAME], circuitpython, pio BOARD.");
                    assertThat(e.exitCode()).isEqualTo(2);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Motor", "my-class", "Motor.hpp", "Mötor", "", "a b", "geo::Point"})
    void aClassNameMustBeACppIdentifier(String name) {
        InvalidArgumentException e = refused("cpp-class", name);
        assertThat(e.getMessage()).isEqualTo("Invalid C++ class name \"" + name + "\": a C++ class name has only ASCII"
                + " letters, digits and underscores and does not start with a digit.");
        assertThat(e.hint()).hasValue("Use letters, digits and underscores, starting with a letter, such as Motor or SensorReader.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "int", "namespace", "co_await", "xor"})
    void aClassNameMustNotBeAKeyword(String name) {
        assertThat(refused("cpp-class", name).getMessage()).endsWith("\": it is a C++ keyword.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_Motor", "Mo__tor", "__x"})
    void aClassNameMustNotBeReserved(String name) {
        assertThat(refused("cpp-class", name).getMessage()).contains("reserved for the compiler and standard library");
    }

    @Test
    void aTargetThatNeedsANameSaysSo() {
        assertThat(refused("cpp-class", null).getMessage()).isEqualTo("Invalid cpp-class argument \"\": cpp-class needs a NAME.");
        assertThat(refused("pio", null).hint()).hasValue("Run it as: pio BOARD.");
    }

    @Test
    void circuitPythonTakesNoName() {
        InvalidArgumentException e = refused("circuitpython", "main");
        assertThat(e.getMessage()).isEqualTo("Invalid circuitpython argument \"main\": circuitpython takes no argument.");
        assertThat(e.hint()).hasValue("Run it as: circuitpython.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my project", "a/b", "-x", ".hidden", "ü"})
    void aTexNameMustBeAPlainFileName(String name) {
        assertThat(refused("tex", name).getMessage()).startsWith("Invalid LaTeX document name \"" + name + "\": ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my project", "a/b", "x(y)", "${oops}"})
    void aCmakeProjectNameMustBeATargetName(String name) {
        assertThat(refused("cmake", name).getMessage())
                .isEqualTo("Invalid CMake project name \"" + name + "\": CMake target names have only letters, digits"
                        + " and the characters _ . + -");
    }

    @Test
    void anUnknownBoardIsRefusedWithoutWriting() {
        assertThat(refused("pio", "arduino_uno_q").hint()).hasValueSatisfying(h -> assertThat(h).startsWith("Known boards"));
    }

    @Test
    void theLatexPresetsAreTheOnesTheConfigurationAccepts() {
        assertThat(new HashSet<>(LatexPreset.ids())).isEqualTo(ProtostarConfig.LATEX_PRESETS);
        assertThat(LatexPreset.fromId("lab-report")).isEqualTo(LatexPreset.LAB_REPORT);
        assertThatThrownBy(() -> LatexPreset.fromId("thesis"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Invalid LaTeX preset \"thesis\": there is no preset of that name.")
                .satisfies(e -> assertThat(((InvalidArgumentException) e).hint())
                        .hasValue("Use one of: minimal, science, lab-report, academic."));
    }
}
