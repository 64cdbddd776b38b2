package dev.protostar.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder of stub programs and an environment whose PATH is that folder plus the system folders
 * ({@code /usr/bin}, {@code /bin}) that hold sh, sed and friends. Every stub appends its command
 * line to {@code calls.log} in the stub folder.
 */
public final class StubPath {

    /** A uv stand-in: {@code init} writes what real {@code uv init --bare} writes; {@code add} records packages. */
    public static final String UV = """
            #!/bin/sh
            echo "uv $*" >> "$(dirname "$0")/calls.log"
            case "$1" in
              init)
                version=3.13
                while [ $# -gt 0 ]; do
                  if [ "$1" = "--python" ]; then version="$2"; fi
                  shift
                done
                if [ -e pyproject.toml ]; then
                  echo "error: Project is already initialized in $(pwd)" >&2
                  exit 2
                fi
                name=$(basename "$(pwd)" | tr 'A-Z' 'a-z' | sed 's/[^a-z0-9]\\{1,\\}/-/g')
                printf '[project]\\nname = "%s"\\nversion = "0.1.0"\\nrequires-python = ">=%s"\\ndependencies = []\\n' "$name" "$version" > pyproject.toml
                printf '%s\\n' "$version" > .python-version
                echo "Initialized project \\`$name\\`"
                ;;
              add)
                shift
                dev=no
                if [ "$1" = "--dev" ]; then dev=yes; shift; fi
                if [ "$1" = "--" ]; then shift; fi
                list=""
                for p in "$@"; do list="$list${list:+, }\\"$p\\""; done
                if [ "$dev" = yes ]; then
                  printf '\\n[dependency-groups]\\ndev = [%s]\\n' "$list" >> pyproject.toml
                else
                  sed -i "s/^dependencies = \\[\\]/dependencies = [$list]/" pyproject.toml
                fi
                echo "version = 1" > uv.lock
                mkdir -p .venv
                echo "Resolved packages: $*" >&2
                ;;
              remove)
                shift
                if [ "$1" = "--dev" ]; then shift; fi
                if [ "$1" = "--" ]; then shift; fi
                for p in "$@"; do
                  sed -i -e "s/\\"$p\\", //" -e "s/, \\"$p\\"//" -e "s/\\"$p\\"//" pyproject.toml
                done
                sed -i -e '/^dev = \\[\\]$/d' pyproject.toml
                echo "version = 1" > uv.lock
                ;;
              run)
                echo "ran: $*"
                ;;
              *)
                echo "stub uv: unsupported command $1" >&2
                exit 2
                ;;
            esac
            """;

    /** A direnv stand-in: records the call and succeeds. */
    public static final String DIRENV = """
            #!/bin/sh
            echo "direnv $*" >> "$(dirname "$0")/calls.log"
            """;

    /** A uv whose {@code add} fails as an offline resolution would; {@code init} works. */
    public static final String UV_OFFLINE = UV.replace("""
              add)
                shift
            """, """
              add)
                echo "error: Failed to fetch: https://pypi.org/simple/ruff/" >&2
                exit 1
            """);

    private final Path directory;

    private StubPath(Path directory) {
        this.directory = directory;
    }

    /** Creates {@code directory} (if needed) to hold stubs. */
    public static StubPath in(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new StubPath(directory);
    }

    /** Adds an executable stub called {@code name} with the given script. */
    public StubPath with(String name, String script) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return this;
    }

    /** The environment of this process with PATH replaced by the stub folder, /usr/bin and /bin. */
    public Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("PATH", directory + ":/usr/bin:/bin");
        return environment;
    }

    /** Every stub call so far, one command line each. */
    public List<String> calls() throws IOException {
        Path log = directory.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }
}
