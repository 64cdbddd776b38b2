package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonRequirementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "numpy", "A", "a1", "zope.interface", "scikit_learn", "ruff>=0.6", "ruff >= 0.6", "Ruff>=0.6,<1",
        "ruff>=0.6, <1", "pkg==1.0.*", "pkg===arbitrary", "pkg~=1.4.2", "pkg!=1.0", "pkg<2", "pkg>1", "pkg (>=1.0)",
        "pkg(>=1,<2)", "pkg==1.0+local.7", "pkg==1!2.0", "requests[socks]", "requests[ socks , security ]",
        "requests[]", "requests [socks] >=2", "pkg; python_version >= \"3.9\"", "pkg ; python_version >= '3.9'",
        "pkg>=1 ; sys_platform == 'win32' and python_version < '3.12'",
        "pkg ; (os_name == 'nt' or os_name == 'posix') and extra == 'test'",
        "pkg ; 'linux' in sys_platform", "pkg ; 'linux' not in sys_platform",
        "pkg ; platform_machine == \"x86_64\"", "pkg @ https://example.org/pkg-1.0.whl",
        "pkg[extra] @ git+https://github.com/o/r.git@v1#egg=pkg",
        "pkg @ file:///opt/wheels/pkg.whl ; python_version >= '3.9'", "  numpy  ", "pkg\t>=1"
    })
    void acceptsRequirements(String text) {
        assertThat(PythonRequirement.problem(text)).as(text).isEmpty();
        assertThat(PythonRequirement.of(text).text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--index-url=https://evil.example| it starts with \"-\", so an installer would read it as an option, not a package",
        "-e| it starts with \"-\", so an installer would read it as an option, not a package",
        "-r/etc/passwd| it starts with \"-\", so an installer would read it as an option, not a package",
        "--editable=/etc| it starts with \"-\", so an installer would read it as an option, not a package",
        "numpy --index-url=x| column 7: unexpected \"-\", found \"-\"",
        "numpy 1.0| column 7: unexpected \"1\", found \"1\"",
        ".hidden| column 1: expected a package name (letters, digits, \"-\", \"_\", \".\"), found \".\"",
        "name-| column 5: expected a package name (letters, digits, \"-\", \"_\", \".\") that ends with a letter"
                + " or digit, found \"-\"",
        "pkg>=| column 6: expected a version such as \"1.0\", found the end",
        "pkg=1| column 4: unexpected \"=\", found \"=\"",
        "pkg[a,| column 7: expected an extra's name, found the end",
        "pkg[a b]| column 7: expected \",\" or \"]\" in the extras, found \"b\"",
        "pkg (>=1| column 9: expected \")\", found the end",
        "pkg @| column 6: expected a URL with a scheme, such as \"https://example.org/pkg.whl\", found the end",
        "pkg @ /etc/passwd| column 7: expected a URL with a scheme, such as \"https://example.org/pkg.whl\", found \"/\"",
        "pkg @ https://x.org/p.whl;python_version>'3'| column 41: expected a character a URL may hold (RFC 3986),"
                + " found \">\"",
        "pkg @ https://x.org/\"p| column 21: expected a character a URL may hold (RFC 3986), found \"\"\"",
        "pkg @ https://x.org/p.whl extra| column 27: after a URL only \" ; markers\" may follow, found \"e\"",
        "pkg ; python_version| column 21: expected a marker operator (==, !=, <, >, <=, >=, ~=, ===, in, not in),"
                + " found the end",
        "pkg ; os == 'nt'| column 7: expected a marker variable (python_version, python_full_version, os_name,"
                + " sys_platform, platform_release, platform_system, platform_version, platform_machine,"
                + " platform_python_implementation, implementation_name, implementation_version, extra) or a"
                + " quoted string, found \"o\"",
        "pkg ; os_name == 'nt| column 21: expected the closing ' of the marker string, found the end",
        "pkg ; os_name == 'nt' and| column 26: expected a marker variable (python_version, python_full_version,"
                + " os_name, sys_platform, platform_release, platform_system, platform_version, platform_machine,"
                + " platform_python_implementation, implementation_name, implementation_version, extra) or a quoted"
                + " string, found the end",
        "pkg ; (os_name == 'nt'| column 23: expected \")\" closing the marker, found the end",
        "pkg ; os_name not 'nt'| column 19: expected \"not in\", found \"'\"",
        "numpy\u00e9| column 6: unexpected \"\u00e9\", found \"\u00e9\"",
    })
    void refusesWithTheColumn(String text, String problem) {
        assertThat(PythonRequirement.problem(text)).as(text).contains(problem.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "numpy\n--index-url=x", "num\rpy", "num\u0000py", "numpy\u001b[31m"})
    void refusesBlanksAndControlCharacters(String text) {
        assertThat(PythonRequirement.problem(text)).as(text).isPresent();
        assertThatThrownBy(() -> PythonRequirement.of(text))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.argument()).isEqualTo("dependency");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.getMessage()).doesNotContain("\n", "\r", "\u0000", "\u001b");
                    assertThat(e.hint()).contains(PythonRequirement.hint());
                });
    }

    @Test
    void nullIsAProblemNotANullPointerException() {
        assertThat(PythonRequirement.problem(null)).contains("it is null");
        assertThatThrownBy(() -> PythonRequirement.of(null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Invalid dependency \"null\": it is null");
    }

    @Test
    void canonicalNamesFollowPep503() {
        assertThat(PythonRequirement.canonicalName("Ruff>=0.6")).isEqualTo("ruff");
        assertThat(PythonRequirement.canonicalName("scikit_learn[extra] ; python_version > '3.8'"))
                .isEqualTo("scikit-learn");
        assertThat(PythonRequirement.canonicalName("zope.interface==6")).isEqualTo("zope-interface");
        assertThat(PythonRequirement.of(" Foo__Bar.baz @ https://x.org/f.whl").name()).isEqualTo("foo-bar-baz");
    }

    @Test
    void equalityIsByText() {
        assertThat(PythonRequirement.of("numpy")).isEqualTo(PythonRequirement.of(" numpy "))
                .hasSameHashCodeAs(PythonRequirement.of("numpy")).hasToString("numpy");
        assertThat(PythonRequirement.of("numpy")).isNotEqualTo(PythonRequirement.of("numpy>=1"));
    }
}
