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
                "Install " + missing.stream().map(MissingBinary::name).collect(Collectors.joining(", "))
                        + " and make sure it is on your PATH, then run again.",
                null);
        this.missing = List.copyOf(missing);
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
