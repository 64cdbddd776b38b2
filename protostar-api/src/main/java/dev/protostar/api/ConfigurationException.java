package dev.protostar.api;

/** A configuration value or file is unusable; the message names the setting or file:line:column. */
public final class ConfigurationException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the setting or the file and position
     * @param hint what to do, or {@code null}
     */
    public ConfigurationException(String message, String hint) {
        super(message, hint, null);
    }

    /** 78, {@code EX_CONFIG} in {@code sysexits.h}: a configuration error. */
    @Override
    public int exitCode() {
        return 78;
    }
}
