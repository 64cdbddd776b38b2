package dev.protostar.modules.generators;

import dev.protostar.api.InvalidArgumentException;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks that a class name is a plain C++ identifier that a program may declare. */
final class CppIdentifier {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The keywords and alternative operator spellings of C++20. */
    private static final Set<String> KEYWORDS = Set.of(
            "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case",
            "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval",
            "constexpr", "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype",
            "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern",
            "false", "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
            "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
            "register", "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
            "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "true",
            "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
            "wchar_t", "while", "xor", "xor_eq");

    private static final String HINT = "Use letters, digits and underscores, starting with a letter, such as Motor"
            + " or SensorReader.";

    private CppIdentifier() {}

    /**
     * Returns {@code name} when it can name a class.
     *
     * @throws InvalidArgumentException saying why it cannot
     */
    static String require(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw invalid(name, "a C++ class name has only ASCII letters, digits and underscores and does not"
                    + " start with a digit.");
        }
        if (KEYWORDS.contains(name)) {
            throw invalid(name, "it is a C++ keyword.");
        }
        if (name.contains("__") || (name.length() > 1 && name.charAt(0) == '_' && Character.isUpperCase(name.charAt(1)))) {
            throw invalid(name, "names with a double underscore, or an underscore and a capital letter at the start,"
                    + " are reserved for the compiler and standard library.");
        }
        return name;
    }

    private static InvalidArgumentException invalid(String name, String reason) {
        return new InvalidArgumentException("C++ class name", name, reason, HINT);
    }
}
