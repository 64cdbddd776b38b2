package dev.protostar.modules.generators;

import dev.protostar.api.GeneratorTarget;
import java.util.List;

/**
 * {@code cpp-class NAME}: {@code NAME.hpp}, a header with {@code #pragma once} and the class
 * declaration, and {@code NAME.cpp}, which includes it and defines the members declared there.
 * The header is {@code .hpp}, not {@code .h}, so that tools never take it for C.
 */
final class CppClassGenerator implements Generator {

    static final GeneratorTarget TARGET = new GeneratorTarget("cpp-class", "NAME", true,
            "NAME.hpp (#pragma once, the class) and NAME.cpp (its definitions)");

    @Override
    public GeneratorTarget target() {
        return TARGET;
    }

    @Override
    public List<GeneratedFile> files(GenerationInput input) {
        String name = CppIdentifier.require(input.argument().orElseThrow());
        return List.of(new GeneratedFile(name + ".hpp", header(name)), new GeneratedFile(name + ".cpp", source(name)));
    }

    private static String header(String name) {
        return """
                #pragma once

                // NAME: say in one sentence what this class is responsible for.
                class NAME {
                public:
                    NAME();
                    ~NAME();

                    NAME(const NAME&) = default;
                    NAME& operator=(const NAME&) = default;
                    NAME(NAME&&) noexcept = default;
                    NAME& operator=(NAME&&) noexcept = default;

                private:
                    // Data members go here.
                };
                """.replace("NAME", name);
    }

    private static String source(String name) {
        return """
                #include "NAME.hpp"

                NAME::NAME() = default;

                NAME::~NAME() = default;
                """.replace("NAME", name);
    }
}
