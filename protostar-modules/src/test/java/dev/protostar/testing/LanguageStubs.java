package dev.protostar.testing;

/**
 * Stand-ins for the programs of the language modules, for a {@link StubPath}. Each appends its
 * command line to {@code calls.log} beside itself and writes what the real program writes in an
 * empty folder.
 */
public final class LanguageStubs {

    /** The package.json npm 10 and pnpm 9 write, with {@code %s} for the package name. */
    private static final String NPM_PACKAGE_JSON = """
            {
              "name": "%s",
              "version": "1.0.0",
              "description": "",
              "main": "index.js",
              "scripts": {
                "test": "echo \\"Error: no test specified\\" && exit 1"
              },
              "keywords": [],
              "author": "",
              "license": "ISC"
            }
            """;

    private LanguageStubs() {}

    /**
     * A cargo whose {@code init} writes what cargo 1.95 writes: {@code Cargo.toml} named after the
     * folder and {@code src/main.rs}; without {@code --vcs none} also a Git repository and {@code
     * /target} in {@code .gitignore}. An existing {@code Cargo.toml} is refused with exit code 101.
     */
    public static final String CARGO = """
            #!/bin/sh
            echo "cargo $*" >> "$(dirname "$0")/calls.log"
            if [ "$1" != init ]; then
              echo "stub cargo: unsupported command $1" >&2
              exit 2
            fi
            if [ -e Cargo.toml ]; then
              echo "error: \\`cargo init\\` cannot be run on existing Cargo packages" >&2
              exit 101
            fi
            echo "    Creating binary (application) package" >&2
            printf '[package]\\nname = "%s"\\nversion = "0.1.0"\\nedition = "2024"\\n\\n[dependencies]\\n' \\
              "$(basename "$(pwd)")" > Cargo.toml
            mkdir -p src
            [ -e src/main.rs ] || printf 'fn main() {\\n    println!("Hello, world!");\\n}\\n' > src/main.rs
            case " $* " in
              *" --vcs none "*) ;;
              *) [ -d .git ] || git init -q; echo "/target" >> .gitignore ;;
            esac
            """;

    /** An npm whose {@code init -y} writes the package.json of npm 10, named after the folder in lower case. */
    public static final String NPM = packageJsonWriter("npm", "init -y", NPM_PACKAGE_JSON);

    /** A pnpm whose {@code init} writes the package.json of pnpm 9 (npm's fields) and refuses an existing one. */
    public static final String PNPM = packageJsonWriter("pnpm", "init", NPM_PACKAGE_JSON);

    /** A Yarn 1 whose {@code init -y} writes its package.json. */
    public static final String YARN = packageJsonWriter("yarn", "init -y", """
            {
              "name": "%s",
              "version": "1.0.0",
              "main": "index.js",
              "license": "MIT"
            }
            """);

    /** A pre-commit whose {@code install} writes {@code .git/hooks/pre-commit}, as the real one does. */
    public static final String PRE_COMMIT = """
            #!/bin/sh
            echo "pre-commit $*" >> "$(dirname "$0")/calls.log"
            if [ "$1" != install ]; then
              echo "stub pre-commit: unsupported command $1" >&2
              exit 2
            fi
            if [ ! -d .git ]; then
              echo "An error has occurred: FatalError: git failed. Is it installed, and are you in a Git repository directory?" >&2
              exit 1
            fi
            mkdir -p .git/hooks
            printf '#!/bin/sh\\n# the stub pre-commit hook\\n' > .git/hooks/pre-commit
            chmod +x .git/hooks/pre-commit
            echo "pre-commit installed at .git/hooks/pre-commit"
            """;

    private static String packageJsonWriter(String program, String arguments, String json) {
        String printfFormat = json.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "'\\''");
        return """
                #!/bin/sh
                echo "%1$s $*" >> "$(dirname "$0")/calls.log"
                if [ "$*" != "%2$s" ]; then
                  echo "stub %1$s: only \\`%1$s %2$s\\` is supported" >&2
                  exit 2
                fi
                if [ -e package.json ]; then
                  echo "package.json already exists" >&2
                  exit 1
                fi
                printf '%3$s' "$(basename "$(pwd)" | tr 'A-Z' 'a-z')" > package.json
                echo "Wrote to $(pwd)/package.json"
                """.formatted(program, arguments, printfFormat);
    }
}
