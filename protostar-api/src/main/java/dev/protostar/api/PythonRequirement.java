package dev.protostar.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python dependency as a <a href="https://peps.python.org/pep-0508/">PEP 508</a> requirement: a
 * name, optional extras, then either version specifiers or {@code @ URL}, then optional environment
 * markers, such as {@code numpy}, {@code Ruff>=0.6,<1}, {@code requests[socks] ; python_version >= "3.9"}
 * or {@code pkg @ https://example.org/pkg.whl}.
 *
 * <p>Checked strictly, because a requirement becomes an argument of {@code uv add} or {@code pip
 * install}: a text that is not a requirement (an option such as {@code --index-url=...} or {@code
 * -e}, a blank, a line break, a control character) is refused with the column where it goes wrong.
 * Immutable and thread-safe.
 */
public final class PythonRequirement {

    private static final List<String> COMPARISONS = List.of("===", "==", "!=", "<=", ">=", "~=", "<", ">");
    private static final List<String> MARKER_VARIABLES = List.of("python_version", "python_full_version", "os_name",
            "sys_platform", "platform_release", "platform_system", "platform_version", "platform_machine",
            "platform_python_implementation", "implementation_name", "implementation_version", "extra");
    private static final String URL_PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=%";
    private static final String STRING_PUNCTUATION = " \t().{}-_*#:;,/?[]!~`@$%^&=+|<>";

    private final String text;

    private PythonRequirement(String text) {
        this.text = text;
    }

    /**
     * The requirement {@code text}, without surrounding blanks.
     *
     * @throws InvalidArgumentException (argument {@code "dependency"}) naming the value and the
     *     column where it stops being a PEP 508 requirement; {@code null} is refused the same way
     */
    public static PythonRequirement of(String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new InvalidArgumentException("dependency", String.valueOf(text), problem.get(), hint());
        }
        return new PythonRequirement(text.strip());
    }

    /**
     * Why {@code text} is not a PEP 508 requirement (naming the 1-based column in the stripped text),
     * or empty when it is one. Surrounding blanks are allowed; {@code null} is a problem.
     */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.of("it is null");
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return Optional.of("it is blank");
        }
        if (stripped.startsWith("-")) {
            return Optional.of("it starts with \"-\", so an installer would read it as an option, not a package");
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return Optional.of("column " + (i + 1) + ": a control character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ") such as a line break is not allowed");
            }
        }
        return new Parser(stripped).requirement();
    }

    /** What a requirement looks like, for error hints. */
    public static String hint() {
        return "Write a PEP 508 requirement: a package name, optionally with extras, version specifiers and markers,"
                + " such as \"numpy\", \"ruff>=0.6\", \"requests[socks]\" or \"pkg @ https://example.org/pkg.whl\".";
    }

    /** The requirement as given, without surrounding blanks. */
    public String text() {
        return text;
    }

    /** The canonical name, compared the way installers compare names (PEP 503): {@code "Ruff>=0.6"} gives {@code "ruff"}. */
    public String name() {
        return canonicalName(text);
    }

    /**
     * The canonical name of the requirement (or bare package name) {@code requirement}, compared the
     * way installers compare names (PEP 503): {@code "Ruff>=0.6"} gives {@code "ruff"}, {@code
     * "zope.interface"} gives {@code "zope-interface"}. Lenient: the name is what precedes the
     * first character that cannot be part of one.
     */
    public static String canonicalName(String requirement) {
        String trimmed = requirement.strip();
        int end = 0;
        while (end < trimmed.length() && isNameChar(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PythonRequirement requirement && requirement.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }

    /** A recursive-descent reader of the PEP 508 grammar; one instance reads one text. */
    private static final class Parser {

        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Optional<String> requirement() {
            try {
                identifier("a package name (letters, digits, \"-\", \"_\", \".\")");
                spaces();
                if (peek('[')) {
                    extras();
                    spaces();
                }
                if (peek('@')) {
                    at++;
                    spaces();
                    url();
                    if (at < s.length()) {
                        int before = at;
                        spaces();
                        if (at == before || !peek(';')) {
                            throw fail("after a URL only \" ; markers\" may follow");
                        }
                        markerSuffix();
                    }
                } else {
                    versionSpecifiers();
                    spaces();
                    if (peek(';')) {
                        markerSuffix();
                    }
                }
                spaces();
                if (at < s.length()) {
                    throw fail("unexpected \"" + s.charAt(at) + "\"");
                }
                return Optional.empty();
            } catch (Failure failure) {
                return Optional.of(failure.getMessage());
            }
        }

        private void extras() {
            at++; // [
            spaces();
            if (peek(']')) {
                at++;
                return;
            }
            while (true) {
                identifier("an extra's name");
                spaces();
                if (peek(']')) {
                    at++;
                    return;
                }
                expect(',', "\",\" or \"]\" in the extras");
                spaces();
            }
        }

        private void versionSpecifiers() {
            boolean parenthesized = peek('(');
            if (parenthesized) {
                at++;
                spaces();
            }
            if (comparisonAhead()) {
                while (true) {
                    comparison();
                    spaces();
                    version();
                    spaces();
                    if (!peek(',')) {
                        break;
                    }
                    at++;
                    spaces();
                }
            } else if (parenthesized) {
                throw fail("a version comparison such as \">=1.0\"");
            }
            if (parenthesized) {
                expect(')', "\")\"");
            }
        }

        private boolean comparisonAhead() {
            return COMPARISONS.stream().anyMatch(op -> s.startsWith(op, at));
        }

        private String comparison() {
            for (String op : COMPARISONS) {
                if (s.startsWith(op, at)) {
                    at += op.length();
                    return op;
                }
            }
            throw fail("a version comparison (==, !=, <=, >=, <, >, ~=, ===)");
        }

        private void version() {
            int start = at;
            while (at < s.length() && isVersionChar(s.charAt(at))) {
                at++;
            }
            if (at == start) {
                throw fail("a version such as \"1.0\"");
            }
        }

        private static boolean isVersionChar(char c) {
            return isAsciiLetterOrDigit(c) || "-_.*+!".indexOf(c) >= 0;
        }

        private void url() {
            int start = at;
            while (at < s.length() && s.charAt(at) != ' ' && s.charAt(at) != '\t') {
                at++;
            }
            for (int i = start; i < at; i++) {
                char c = s.charAt(i);
                if (!isAsciiLetterOrDigit(c) && URL_PUNCTUATION.indexOf(c) < 0) {
                    at = i;
                    throw fail("a character a URL may hold (RFC 3986)");
                }
            }
            String url = s.substring(start, at);
            int colon = url.indexOf(':');
            if (colon < 1 || !url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*") || colon == url.length() - 1) {
                at = start;
                throw fail("a URL with a scheme, such as \"https://example.org/pkg.whl\"");
            }
        }

        private void markerSuffix() {
            at++; // ;
            spaces();
            markerOr();
        }

        private void markerOr() {
            markerAnd();
            while (keywordAhead("or")) {
                at += 2;
                spaces();
                markerAnd();
            }
        }

        private void markerAnd() {
            markerAtom();
            while (keywordAhead("and")) {
                at += 3;
                spaces();
                markerAtom();
            }
        }

        private void markerAtom() {
            spaces();
            if (peek('(')) {
                at++;
                spaces();
                markerOr();
                spaces();
                expect(')', "\")\" closing the marker");
                spaces();
                return;
            }
            markerValue();
            spaces();
            markerOperator();
            spaces();
            markerValue();
            spaces();
        }

        private void markerOperator() {
            if (comparisonAhead()) {
                comparison();
            } else if (keywordAhead("in")) {
                at += 2;
            } else if (keywordAhead("not")) {
                at += 3;
                int before = at;
                spaces();
                if (at == before || !keywordAhead("in")) {
                    throw fail("\"not in\"");
                }
                at += 2;
            } else {
                throw fail("a marker operator (==, !=, <, >, <=, >=, ~=, ===, in, not in)");
            }
        }

        private void markerValue() {
            if (peek('"') || peek('\'')) {
                char quote = s.charAt(at++);
                while (at < s.length() && s.charAt(at) != quote) {
                    char c = s.charAt(at);
                    if (!isAsciiLetterOrDigit(c) && STRING_PUNCTUATION.indexOf(c) < 0
                            && !(c == (quote == '"' ? '\'' : '"'))) {
                        throw fail("a character a marker string may hold");
                    }
                    at++;
                }
                expect(quote, "the closing " + quote + " of the marker string");
                return;
            }
            for (String variable : MARKER_VARIABLES) {
                if (s.startsWith(variable, at) && !isWordChar(at + variable.length())) {
                    at += variable.length();
                    return;
                }
            }
            throw fail("a marker variable (" + String.join(", ", MARKER_VARIABLES) + ") or a quoted string");
        }

        private boolean keywordAhead(String word) {
            return s.startsWith(word, at) && !isWordChar(at + word.length());
        }

        private boolean isWordChar(int index) {
            return index < s.length() && (isAsciiLetterOrDigit(s.charAt(index)) || s.charAt(index) == '_');
        }

        private void identifier(String what) {
            int start = at;
            if (at >= s.length() || !isAsciiLetterOrDigit(s.charAt(at))) {
                throw fail(what);
            }
            while (at < s.length() && isNameChar(s.charAt(at))) {
                at++;
            }
            if (!isAsciiLetterOrDigit(s.charAt(at - 1))) {
                at--;
                throw fail(what + " that ends with a letter or digit");
            }
            if (at == start) {
                throw fail(what);
            }
        }

        private void spaces() {
            while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < s.length() && s.charAt(at) == c;
        }

        private void expect(char c, String what) {
            if (!peek(c)) {
                throw fail("expected " + what);
            }
            at++;
        }

        private Failure fail(String expected) {
            String found = at < s.length() ? "\"" + s.charAt(at) + "\"" : "the end";
            String text = expected.startsWith("expected ") || expected.startsWith("unexpected ")
                    || expected.startsWith("after ") ? expected : "expected " + expected;
            return new Failure("column " + (at + 1) + ": " + text + ", found " + found);
        }
    }

    /** A parse failure, carried to {@link Parser#requirement()}; no stack trace needed. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
