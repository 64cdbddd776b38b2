package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The two JSON languages Jackson reads for us, each with an immutable, thread-safe factory and tree
 * reader. Trees keep every number exactly ({@link java.math.BigDecimal} for fractions, trailing
 * zeros included), so a payload's {@code 1.50} is written back as {@code 1.50} and {@code 1e400}
 * does not become infinity.
 */
enum JsonDialect {
    /** What user files may hold: {@code //} and {@code /*} comments and trailing commas. */
    JSONC(true),
    /** What payloads are: plain JSON. */
    PLAIN(false);

    private final JsonFactory factory;
    private final ObjectReader reader;

    JsonDialect(boolean lenient) {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        if (lenient) {
            builder.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        }
        this.factory = builder.build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build()
                .reader();
    }

    /** The factory whose parsers read this dialect. */
    JsonFactory factory() {
        return factory;
    }

    /**
     * The tree of {@code text}, which {@link JsoncSyntax#check} accepted (so duplicate keys and
     * trailing content are already ruled out); a missing node when it holds no value.
     */
    JsonNode readTree(String text) {
        try {
            return reader.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Internal error: Jackson rejected JSON it had accepted: "
                    + e.getOriginalMessage(), e);
        }
    }
}
