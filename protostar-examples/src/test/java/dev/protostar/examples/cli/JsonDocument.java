package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the standard output of a {@code --json} run, checking that it is one JSON document and nothing else. */
final class JsonDocument {

    private JsonDocument() {}

    /** The document on {@code run}'s standard output; fails unless that output is exactly one document line. */
    static JsonNode of(CliRun run) {
        assertThat(run.out()).as("stdout").startsWith("{").endsWith("}" + System.lineSeparator());
        assertThat(run.out().lines()).as("stdout lines").hasSize(1);
        JsonNode document;
        try {
            document = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build()
                    .readTree(run.out());
        } catch (JsonProcessingException e) {
            throw new AssertionError("stdout is not one JSON document: " + run.out(), e);
        }
        assertThat(document.get("api_version").intValue()).isEqualTo(1);
        assertThat(document.get("exit_code").intValue()).isEqualTo(run.exitCode());
        return document;
    }

    /** The field names of {@code node}, in order. */
    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The text values of an array of strings. */
    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.textValue()));
        return values;
    }
}
