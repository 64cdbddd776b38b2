package dev.protostar.modules.generators;

import dev.protostar.api.LatexPreset;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages of each {@link LatexPreset}, in loading order. Every preset starts with the minimal
 * set (T1 font encoding, Latin Modern, microtype) and ends with hyperref, which wants to come last;
 * only cleveref, which must follow hyperref, comes after it.
 */
final class LatexPreamble {

    private static final List<LatexPackage> BASE = List.of(
            LatexPackage.withOptions("T1", "fontenc", "accented letters hyphenate and copy correctly"),
            LatexPackage.of("lmodern", "scalable Latin Modern fonts"),
            LatexPackage.of("microtype", "finer spacing, fewer overfull lines"));

    private static final LatexPackage HYPERREF = LatexPackage.of("hyperref", "clickable references and PDF bookmarks");

    // Packages several presets load with the same comment.
    private static final LatexPackage AMSMATH = LatexPackage.of("amsmath", "aligned equations, \\text in formulas");
    private static final LatexPackage AMSSYMB = LatexPackage.of("amssymb", "more symbols, such as \\mathbb{R}");
    private static final LatexPackage GRAPHICX = LatexPackage.of("graphicx", "\\includegraphics for figures");
    private static final LatexPackage BOOKTABS = LatexPackage.of("booktabs", "tables with well-spaced rules");

    private LatexPreamble() {}

    /** Every package of {@code preset}, in the order they are loaded. */
    static List<LatexPackage> packages(LatexPreset preset) {
        List<LatexPackage> packages = new ArrayList<>(BASE);
        packages.addAll(extras(preset));
        packages.add(HYPERREF);
        if (preset == LatexPreset.ACADEMIC) {
            packages.add(LatexPackage.of("cleveref", "\\cref names what it refers to; load after hyperref"));
        }
        return packages;
    }

    private static List<LatexPackage> extras(LatexPreset preset) {
        return switch (preset) {
            case MINIMAL -> List.of();
            case SCIENCE -> List.of(
                    AMSMATH,
                    AMSSYMB,
                    LatexPackage.of("mathtools", "fixes and additions to amsmath"),
                    LatexPackage.of("siunitx", "numbers with units: \\SI{9.81}{\\metre\\per\\second\\squared}"),
                    GRAPHICX,
                    LatexPackage.of("physics", "derivatives, bra-kets, vectors (and its own \\qty)"),
                    BOOKTABS);
            case LAB_REPORT -> List.of(
                    LatexPackage.withOptions("margin=2.5cm", "geometry", "even margins on every side"),
                    AMSMATH,
                    LatexPackage.of("siunitx", "measured values with units and uncertainties"),
                    LatexPackage.of("graphicx", "\\includegraphics for plots and photos"),
                    BOOKTABS,
                    LatexPackage.of("float", "[H] keeps a figure where it is written"),
                    LatexPackage.of("caption", "consistent figure and table captions"),
                    LatexPackage.of("subcaption", "several panels in one figure"));
            case ACADEMIC -> List.of(
                    AMSMATH,
                    AMSSYMB,
                    LatexPackage.of("amsthm", "theorem, lemma and proof environments"),
                    GRAPHICX,
                    BOOKTABS,
                    LatexPackage.of("csquotes", "quotation marks that suit the language"),
                    LatexPackage.withOptions("backend=biber,style=authoryear", "biblatex", "citations; build with biber"));
        };
    }
}
