# `protostar install [--prefix DIR]`, sourced by the protostar launcher (never run on its own): copies
# the distribution the launcher runs (the CLI jar, lib/*.jar, the launcher and this file, and the
# start-up caches when present) to DIR/lib/protostar and links DIR/bin/protostar to the launcher
# there. DIR defaults to ~/.local. A new copy is assembled beside the old one and swapped in, so an
# install that fails leaves the previous one as it was. Uninstall: rm -rf DIR/lib/protostar DIR/bin/protostar
#
# Uses from the launcher: here (its folder), target (where the jars are), jar, upgrader.
# Exit codes: 0 installed; 2 bad usage; 1 something that is not a protostar install is in the way; 74 I/O error.

install_usage() {
    cat <<'USAGE'
Usage: protostar install [--prefix DIR]
Copy protostar (its jars, start-up caches and launcher) to DIR/lib/protostar and link
DIR/bin/protostar to it, so that `protostar` runs from any folder once DIR/bin is on PATH.
      --prefix DIR   Where to install (default: ~/.local). Installing again replaces the
                       copy there.
  -h, --help         Show this help message and exit.
Uninstall: rm -rf DIR/lib/protostar DIR/bin/protostar
USAGE
}

install_fail() { # CODE MESSAGE [HINT]
    echo "protostar install: $2" >&2
    [[ -z "${3:-}" ]] || echo "  hint: $3" >&2
    exit "$1"
}

install_distribution() {
    local prefix=""
    while (($#)); do
        case "$1" in
            --prefix) (($# >= 2)) || install_fail 2 "--prefix needs a folder." "protostar install --prefix ~/.local"
                prefix="$2"; shift 2 ;;
            --prefix=*) prefix="${1#--prefix=}"; shift ;;
            -h|--help) install_usage; exit 0 ;;
            *) install_fail 2 "unknown argument '$1'." "protostar install --help" ;;
        esac
    done
    if [[ -z "$prefix" ]]; then
        [[ -n "${HOME:-}" ]] || install_fail 2 "HOME is not set, so there is no default folder." \
            "give one: protostar install --prefix DIR"
        prefix="$HOME/.local"
    fi
    [[ "$prefix" != *$'\n'* ]] || install_fail 2 "the folder name contains a line break."
    [[ "$prefix" == /* ]] || prefix="$PWD/$prefix"
    if [[ -e "$prefix" && ! -d "$prefix" ]]; then
        install_fail 2 "$prefix is not a folder." "give a folder (it is created when missing)"
    fi

    local dest="$prefix/lib/protostar" link="$prefix/bin/protostar"
    if [[ -L "$dest" || ( -e "$dest" && ! -f "$dest/.protostar-install" ) ]]; then
        install_fail 1 "$dest exists and is not a protostar install; nothing was changed." \
            "move it away, or choose another folder with --prefix"
    fi
    if [[ -e "$link" && ! -L "$link" ]]; then
        install_fail 1 "$link exists and is not a link; nothing was changed." \
            "move it away, or choose another folder with --prefix"
    fi
    local source_real dest_real
    source_real="$(cd "$target" && pwd -P)"
    mkdir -p "$prefix/lib" "$prefix/bin" || install_fail 74 "cannot create $prefix/lib and $prefix/bin."
    dest_real="$(cd "$prefix/lib" && pwd -P)/protostar"
    if [[ "$dest_real" == "$source_real" ]]; then
        echo "protostar: $dest is the copy running now; nothing to do."
        return 0
    fi
    [[ "$dest_real/" != "$source_real/"* && "$source_real/" != "$dest_real/"* ]] \
        || install_fail 2 "$dest and $source_real contain one another." "choose another folder with --prefix"

    local staging="$prefix/lib/.protostar-install.$$" old="$prefix/lib/.protostar-old.$$"
    rm -rf "$staging"
    trap 'rm -rf "$staging"' EXIT
    if ! install_copy "$staging" "$dest"; then
        install_fail 74 "copying to $staging failed; the previous install (if any) is unchanged."
    fi
    if [[ -e "$dest" ]]; then
        mv "$dest" "$old" || install_fail 74 "cannot move the previous install $dest aside."
    fi
    if ! mv "$staging" "$dest"; then
        [[ ! -e "$old" ]] || mv "$old" "$dest"
        install_fail 74 "cannot move the new copy to $dest."
    fi
    trap - EXIT
    rm -rf "$old"
    # A relative link: the prefix can be moved as a whole.
    ln -sfn ../lib/protostar/protostar "$link" || install_fail 74 "cannot link $link."
    echo "protostar: installed in $dest; $link links to its launcher."
    case ":${PATH:-}:" in
        *":$prefix/bin:"*) ;;
        *) echo "protostar: $prefix/bin is not on your PATH; add it, e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
    esac
}

# install_copy STAGING DEST: the distribution into STAGING, with the caches' recorded paths moved to DEST.
install_copy() {
    local staging="$1" dest="$2" file line meta
    mkdir -p "$staging/lib" "$staging/launcher" || return 1
    cp -p "$jar" "$staging/protostar-cli.jar" || return 1
    cp -p "$target"/lib/*.jar "$staging/lib/" || return 1
    cp -p "$here/protostar" "$staging/protostar" || return 1
    cp -p "$upgrader" "${upgrader%/*}/install.bash" "$staging/launcher/" || return 1
    # The caches: each belongs to one set of jar paths, written in its .key and .classpath files.
    if [[ -d "$target/aot-lib" ]]; then
        cp -pR "$target/aot-lib" "$staging/aot-lib" || return 1
    fi
    for file in "$target"/protostar-cli*.aot "$target"/protostar-cli*.jsa; do
        [[ -f "$file" && -f "$file.key" ]] || continue
        cp -p "$file" "$staging/" || return 1
        for meta in "$file.key" "$file.classpath"; do
            [[ -f "$meta" ]] || continue
            IFS= read -r line <"$meta" || true
            printf '%s\n' "${line//"$target/"/"$dest/"}" >"$staging/${meta##*/}" || return 1
        done
    done
    printf 'protostar install; remove with: rm -rf %s %s\n' "$dest" "${dest%/lib/protostar}/bin/protostar" \
        >"$staging/.protostar-install" || return 1
}
