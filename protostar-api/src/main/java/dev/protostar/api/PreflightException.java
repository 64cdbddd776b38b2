package dev.protostar.api;

import java.util.List;
import java.util.stream.Collectors;

/** One or more required programs are missing; every one of them is listed. Nothing was written. */
public final class PreflightException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient List<MissingBinary> missing;

    /** @param missing every missing program, in the order the modules declared them */
    public PreflightException(List<MissingBinary> missing) {
        super("Missing required programs: "
                        + missing.stream()
                                .map(m -> m.name() + " (needed by " + String.join(", ", m.neededBy()) + ")")
                                .collect(Collectors.joining("; "))
                        + ". Nothing was changed.",
                hint(missing),
                null);
        this.missing = List.copyOf(missing);
    }

    /**
     * The modules' advice for each program that has some (such as where uv comes from, and that pip
     * works without it), then "Install ... and make sure it is on your PATH" for the others.
     */
    private static String hint(List<MissingBinary> missing) {
        StringBuilder hint = new StringBuilder();
        missing.forEach(binary -> binary.installHint().ifPresent(advice -> hint.append(advice).append(' ')));
        List<String> plain = missing.stream().filter(binary -> binary.installHint().isEmpty())
                .map(MissingBinary::name).toList();
        if (!plain.isEmpty()) {
            hint.append("Install ").append(String.join(", ", plain))
                    .append(" and make sure ").append(plain.size() == 1 ? "it is" : "they are").append(" on your PATH. ");
        }
        return hint.append("Then run again.").toString();
    }

    /** 69, {@code EX_UNAVAILABLE} in {@code sysexits.h}: a required program does not exist. */
    @Override
    public int exitCode() {
        return 69;
    }

    /** Every missing program. */
    public List<MissingBinary> missing() {
        return missing;
    }
}
