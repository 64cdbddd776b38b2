package dev.protostar.modules.generators;

import dev.protostar.api.GeneratorTarget;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.LatexPreset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code tex [NAME]}: {@code NAME.tex} (default {@code main.tex}), an article whose preamble loads
 * the packages of the chosen {@link LatexPreset} (see {@link LatexPreamble}). A lab report gets the
 * usual report sections; the other presets one introduction to start from. A trailing {@code .tex}
 * in NAME is dropped, so {@code tex report.tex} writes {@code report.tex}.
 */
final class TexGenerator implements Generator {

    static final GeneratorTarget TARGET = new GeneratorTarget("tex", "NAME", false,
            "NAME.tex (default: main): an article with the packages of --latex-preset");

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    @Override
    public GeneratorTarget target() {
        return TARGET;
    }

    @Override
    public List<GeneratedFile> files(GenerationInput input) {
        String name = input.argument().map(TexGenerator::requireName).orElse("main");
        return List.of(new GeneratedFile(name + ".tex", render(name, input.latexPreset())));
    }

    private static String requireName(String given) {
        String name = given.endsWith(".tex") ? given.substring(0, given.length() - ".tex".length()) : given;
        if (!FILE_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("LaTeX document name", given,
                    "TeX handles file names with spaces or other special characters badly, so only letters, digits"
                            + " and _ . - are accepted (not first: . or -).",
                    "Choose a name such as thesis or lab-report-3.");
        }
        return name;
    }

    private static String render(String name, LatexPreset preset) {
        StringBuilder text = new StringBuilder();
        text.append("% ").append(name).append(".tex, an article written by Protostar with the \"").append(preset.id())
                .append("\" package set.\n")
                .append("% Build it with:  latexmk -pdf ").append(name).append(".tex\n")
                .append("\\documentclass[11pt,a4paper]{article}\n")
                .append("\n");
        for (LatexPackage latexPackage : LatexPreamble.packages(preset)) {
            text.append(latexPackage.line());
        }
        if (preset == LatexPreset.ACADEMIC) {
            text.append("% Name your bibliography file here, then cite with \\cite{key}:\n")
                    .append("% \\addbibresource{references.bib}\n")
                    .append("\n")
                    .append("\\newtheorem{theorem}{Theorem}\n")
                    .append("\\newtheorem{lemma}[theorem]{Lemma}\n");
        }
        text.append("\n")
                .append("\\title{Working title}\n")
                .append("\\author{Your name}\n")
                .append("\\date{\\today}\n")
                .append("\n")
                .append("\\begin{document}\n")
                .append("\n")
                .append("\\maketitle\n")
                .append("\n");
        for (String section : sections(preset)) {
            text.append("\\section{").append(section).append("}\n\n");
        }
        if (preset == LatexPreset.ACADEMIC) {
            text.append("% \\printbibliography\n\n");
        }
        text.append("\\end{document}\n");
        return text.toString();
    }

    private static List<String> sections(LatexPreset preset) {
        return preset == LatexPreset.LAB_REPORT
                ? List.of("Aim", "Method", "Results", "Discussion", "Conclusion")
                : List.of("Introduction");
    }
}
