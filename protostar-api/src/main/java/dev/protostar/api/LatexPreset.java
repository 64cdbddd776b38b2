package dev.protostar.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The package set of a generated LaTeX document. Every preset starts from {@link #MINIMAL}'s
 * packages; {@link #id()} is the name used on the command line and in the {@code latex_preset}
 * setting ({@link ProtostarConfig#LATEX_PRESETS}).
 */
public enum LatexPreset {

    /** Font encoding, Latin Modern, microtype and hyperref: a clean article and nothing more. */
    MINIMAL("minimal"),
    /** Adds mathematics (amsmath, amssymb, mathtools), units (siunitx), figures (graphicx), physics notation and booktabs. */
    SCIENCE("science"),
    /** Adds margins (geometry), figures, tables that stay put (float), captions, subfigures, units and amsmath, with report sections. */
    LAB_REPORT("lab-report"),
    /** Adds mathematics with theorem environments, figures, booktabs, csquotes, biblatex (biber) and cleveref. */
    ACADEMIC("academic");

    private final String id;

    LatexPreset(String id) {
        this.id = id;
    }

    /** The preset's name: {@code "minimal"}, {@code "science"}, {@code "lab-report"} or {@code "academic"}. */
    public String id() {
        return id;
    }

    /** Every preset's {@link #id()}, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(LatexPreset::id).toList();
    }

    /**
     * The preset named {@code id}.
     *
     * @throws InvalidArgumentException naming the known presets when there is none of that name
     */
    public static LatexPreset fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("LaTeX preset", id, "there is no preset of that name.",
                        "Use one of: " + Arrays.stream(values()).map(LatexPreset::id).collect(Collectors.joining(", "))
                                + "."));
    }
}
