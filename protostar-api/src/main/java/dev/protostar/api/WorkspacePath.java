package dev.protostar.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A validated path relative to a workspace root, written with forward slashes.
 *
 * <p>A {@code WorkspacePath} can never name anything outside its workspace: absolute paths, {@code
 * ..} and {@code .} segments, empty segments, backslashes and NUL characters are rejected when the
 * path is made. Instances are immutable, compare by their segments and sort in a stable,
 * platform-independent order.
 */
public final class WorkspacePath implements Comparable<WorkspacePath> {

    private static final WorkspacePath ROOT = new WorkspacePath(List.of());

    private final List<String> segments;

    private WorkspacePath(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The workspace root itself; it has no parent and no file name. */
    public static WorkspacePath root() {
        return ROOT;
    }

    /**
     * Parses a relative POSIX path such as {@code "src/app/main.py"}.
     *
     * @throws IllegalArgumentException naming the path and the reason when it is empty, absolute,
     *     escapes the root, or contains an empty segment, {@code .}, {@code ..}, a backslash or NUL
     */
    public static WorkspacePath of(String path) {
        if (path == null || path.isEmpty()) {
            throw invalid(String.valueOf(path), "it is empty; name a file or folder inside the workspace");
        }
        if (path.indexOf('\0') >= 0) {
            throw invalid(path, "it contains a NUL character");
        }
        if (path.indexOf('\\') >= 0) {
            throw invalid(path, "it contains a backslash; separate folders with '/'");
        }
        if (path.startsWith("/") || (path.length() > 1 && path.charAt(1) == ':')) {
            throw invalid(path, "it is absolute; use a path relative to the workspace root");
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String segment = path.substring(start, end);
            if (segment.isEmpty()) {
                throw invalid(path, "it has an empty segment (a doubled or trailing '/')");
            }
            if (segment.equals("..")) {
                throw invalid(path, "'..' would leave the workspace root");
            }
            if (segment.equals(".")) {
                throw invalid(path, "'.' segments are not allowed; write the path without them");
            }
            parts.add(segment);
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return new WorkspacePath(parts);
    }

    private static IllegalArgumentException invalid(String path, String reason) {
        return new IllegalArgumentException("Invalid workspace path \"" + path + "\": " + reason);
    }

    /** This path followed by {@code relative}, which is validated like {@link #of(String)}. */
    public WorkspacePath resolve(String relative) {
        List<String> joined = new ArrayList<>(segments);
        joined.addAll(of(relative).segments);
        return new WorkspacePath(joined);
    }

    /** The enclosing folder ({@link #root()} for a top-level entry), or empty for the root. */
    public Optional<WorkspacePath> parent() {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WorkspacePath(segments.subList(0, segments.size() - 1)));
    }

    /** The last segment, or the empty string for the root. */
    public String fileName() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** The segments from the root down, never containing {@code .} or {@code ..}. */
    public List<String> segments() {
        return segments;
    }

    /** Whether this is {@link #root()}. */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** Whether {@code other} is this path or one of its ancestors. */
    public boolean startsWith(WorkspacePath other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    @Override
    public int compareTo(WorkspacePath other) {
        int common = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < common; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspacePath other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** The path with '/' separators; the root prints as {@code "."}. */
    @Override
    public String toString() {
        return segments.isEmpty() ? "." : String.join("/", segments);
    }
}
