package dev.protostar.modules.generators;

import dev.protostar.api.GeneratorTarget;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code cmake [PROJECT]}: a {@code CMakeLists.txt} for C++17 (required, without compiler
 * extensions) with one executable target named after the project, listing the sources {@link
 * CppSources} finds; a folder without sources is refused, since CMake rejects an executable without
 * any. The project name defaults to the folder's name, with every character CMake
 * does not allow in a target name replaced by {@code _}.
 */
final class CmakeGenerator implements Generator {

    static final GeneratorTarget TARGET = new GeneratorTarget("cmake", "PROJECT", false,
            "CMakeLists.txt for C++17: one executable of the C++ sources found here (PROJECT: the folder's name)");

    private static final Pattern TARGET_NAME = Pattern.compile("[A-Za-z0-9_.+-]+");
    private static final Pattern NOT_IN_TARGET_NAME = Pattern.compile("[^A-Za-z0-9_.+-]");
    private static final Pattern UNQUOTED_ARGUMENT = Pattern.compile("[A-Za-z0-9_./+-]+");

    @Override
    public GeneratorTarget target() {
        return TARGET;
    }

    @Override
    public List<GeneratedFile> files(GenerationInput input) {
        String project = input.argument().map(CmakeGenerator::requireName).orElseGet(() -> fromFolder(input.folderName()));
        List<WorkspacePath> sources = CppSources.in(input.workspace());
        if (sources.isEmpty()) {
            // CMake stops on an executable without sources ("No SOURCES given to target"): nothing valid to write.
            throw new InvalidArgumentException("folder for cmake", input.folderName(),
                    "it holds no C++ sources (*.cpp, *.cc, *.cxx), and CMake refuses an executable without any.",
                    "Add a source such as main.cpp (`protostar generate cpp-class NAME` writes a class), then run"
                            + " cmake again.");
        }
        return List.of(new GeneratedFile("CMakeLists.txt", render(project, sources)));
    }

    private static String requireName(String name) {
        if (!TARGET_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("CMake project name", name,
                    "CMake target names have only letters, digits and the characters _ . + -",
                    "Choose a name such as orbital_sim, or leave it out to use the folder's name.");
        }
        return name;
    }

    static String fromFolder(String folderName) {
        String name = NOT_IN_TARGET_NAME.matcher(folderName).replaceAll("_");
        return name.isEmpty() ? "project" : name;
    }

    private static String render(String project, List<WorkspacePath> sources) {
        StringBuilder text = new StringBuilder();
        text.append("# Build description for ").append(project).append(", written by Protostar.\n")
                .append("# Configure and build with:  cmake -S . -B build && cmake --build build\n")
                .append("cmake_minimum_required(VERSION 3.16)\n")
                .append("project(").append(project).append(" LANGUAGES CXX)\n")
                .append("\n")
                .append("# Standard C++17 everywhere, without compiler-specific extensions.\n")
                .append("set(CMAKE_CXX_STANDARD 17)\n")
                .append("set(CMAKE_CXX_STANDARD_REQUIRED ON)\n")
                .append("set(CMAKE_CXX_EXTENSIONS OFF)\n")
                .append("\n")
                .append("# build/compile_commands.json tells editors and clang-tidy the exact compiler flags.\n")
                .append("set(CMAKE_EXPORT_COMPILE_COMMANDS ON)\n")
                .append("\n");
        text.append("# The sources found when this file was written; list new ones here as you add them.\n");
        text.append("add_executable(").append(project).append("\n");
        for (WorkspacePath source : sources) {
            text.append("    ").append(argument(source.toString())).append("\n");
        }
        text.append(")\n")
                .append("\n")
                .append("# Warnings catch many mistakes early.\n")
                .append("if(MSVC)\n")
                .append("    target_compile_options(").append(project).append(" PRIVATE /W4)\n")
                .append("else()\n")
                .append("    target_compile_options(").append(project).append(" PRIVATE -Wall -Wextra -Wpedantic)\n")
                .append("endif()\n");
        return text.toString();
    }

    /** A path as one CMake argument: bare when it can be, quoted (with {@code \ " $} escaped) otherwise. */
    static String argument(String path) {
        if (UNQUOTED_ARGUMENT.matcher(path).matches()) {
            return path;
        }
        return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
