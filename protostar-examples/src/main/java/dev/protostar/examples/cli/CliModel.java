package dev.protostar.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Building blocks of the hand-built command-line model. The commands describe their options with
 * picocli's programmatic API instead of annotations: reading annotations makes the JVM generate a
 * proxy class for each annotation type, which was the largest single cost of a fresh process
 * (about 50 ms of a {@code --help}). The help texts are the same; golden files guard them.
 */
final class CliModel {

    private CliModel() {}

    /**
     * A command named {@code name} that runs {@code command}, prints {@code versions} for {@code
     * --version} and lists its options in the order they are added.
     */
    static CommandSpec command(Object command, String name, IVersionProvider versions) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(versions);
        spec.usageMessage().sortOptions(false);
        return spec;
    }

    /** Adds {@code -h, --help} and {@code -V, --version}, worded as picocli's standard ones. */
    static void addStandardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
    }

    /** Exit codes written as picocli's annotation takes them: {@code "code:description"}, in order. */
    static Map<String, String> exitCodes(String... rows) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String row : rows) {
            int colon = row.indexOf(':');
            codes.put(row.substring(0, colon), row.substring(colon + 1));
        }
        return codes;
    }

    /** A flag without value; {@code target} receives whether it was given. */
    static OptionSpec flag(String[] names, String description, Consumer<Boolean> target) {
        return OptionSpec.builder(names).type(boolean.class).description(description)
                .setter(new Setter(value -> target.accept(Boolean.TRUE.equals(value)))).build();
    }

    /**
     * A flag with a {@code --no-} form; {@code target} receives {@code true}, {@code false}, or
     * {@code null} when neither form was given.
     */
    static OptionSpec negatable(String[] names, String description, Consumer<Boolean> target) {
        return OptionSpec.builder(names).type(Boolean.class).negatable(true).description(description)
                .setter(new Setter(value -> target.accept((Boolean) value))).build();
    }

    /** An option with one value of {@code type}; {@code target} receives it, or {@code null} when not given. */
    static <T> OptionSpec value(String name, String paramLabel, Class<T> type, String description,
            Consumer<T> target) {
        return OptionSpec.builder(name).type(type).paramLabel(paramLabel).description(description)
                .setter(new Setter(value -> target.accept(type.cast(value)))).build();
    }

    /**
     * An option whose one value is one of {@code choices}; its label shows them ({@code uv|pip}) and
     * completion scripts offer them. The command still checks the value itself.
     */
    static OptionSpec choice(String name, List<String> choices, String description, Consumer<String> target) {
        return OptionSpec.builder(name).type(String.class).paramLabel(String.join("|", choices))
                .completionCandidates(choices).description(description)
                .setter(new Setter(value -> target.accept((String) value))).build();
    }

    /** {@link #value} whose completion scripts offer {@code candidates}; its label stays {@code paramLabel}. */
    static OptionSpec valueWithCandidates(String name, String paramLabel, List<String> candidates, String description,
            Consumer<String> target) {
        return OptionSpec.builder(name).type(String.class).paramLabel(paramLabel).completionCandidates(candidates)
                .description(description).setter(new Setter(value -> target.accept((String) value))).build();
    }

    /**
     * An option that may be given several times, each time with one value; {@code target} receives
     * every value given so far, in order, each time one is added.
     */
    static OptionSpec repeatable(String name, String paramLabel, String description, Consumer<List<String>> target) {
        ListBinding binding = new ListBinding(target);
        return OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class).arity("1").paramLabel(paramLabel)
                .description(description).getter(binding).setter(binding).build();
    }

    /** Keeps a repeatable option's values for picocli, which adds to the list it gets back. */
    static final class ListBinding implements ISetter, picocli.CommandLine.Model.IGetter {
        private final Consumer<List<String>> target;
        private List<String> values;

        ListBinding(Consumer<List<String>> target) {
            this.target = target;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) values;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            values = (List<String>) value;
            target.accept(values == null ? List.of() : List.copyOf(values));
            return null;
        }
    }

    /** Hands each value picocli binds to a field of the command object. */
    static final class Setter implements ISetter {
        private final Consumer<Object> target;

        Setter(Consumer<Object> target) {
            this.target = target;
        }

        @Override
        public <T> T set(T value) {
            target.accept(value);
            return null;
        }
    }

    /** Names of an option, as an array (for {@link #flag} and {@link #negatable}). */
    static String[] names(String... names) {
        return names;
    }
}
