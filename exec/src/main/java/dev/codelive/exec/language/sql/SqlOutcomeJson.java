package dev.codelive.exec.language.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the driver's JSON document. The driver is ours, so anything unexpected (output cut short by the sandbox's
 * output cap, a crash that printed nothing) is reported as an {@link IllegalArgumentException}, never guessed at.
 */
public final class SqlOutcomeJson {
    /** Immutable and thread-safe, unlike a mapper. */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    private SqlOutcomeJson() {}

    public static SqlOutcome parse(String json) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw malformed("not a JSON object");
        }
        List<SqlResultSet> results = new ArrayList<>();
        for (JsonNode result : array(root, "results")) {
            results.add(resultSet(result));
        }
        JsonNode error = field(root, "error");
        return new SqlOutcome(results, error.isNull() ? Optional.empty() : Optional.of(error(error)));
    }

    private static SqlResultSet resultSet(JsonNode node) {
        List<String> columns = new ArrayList<>();
        for (JsonNode column : array(node, "columns")) {
            columns.add(text(column, "a column name"));
        }
        List<List<SqlValue>> rows = new ArrayList<>();
        for (JsonNode row : array(node, "rows")) {
            if (!row.isArray()) {
                throw malformed("a row that is not an array");
            }
            List<SqlValue> values = new ArrayList<>();
            row.forEach(value -> values.add(value(value)));
            rows.add(values);
        }
        JsonNode truncated = field(node, "truncated");
        if (!truncated.isBoolean()) {
            throw malformed("truncated is not a boolean");
        }
        try {
            return new SqlResultSet(integer(node, "statement_index"), integer(node, "line"), columns, rows,
                    truncated.booleanValue(), number(node, "changes"));
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
    }

    private static SqlError error(JsonNode node) {
        if (!node.isObject()) {
            throw malformed("error is neither null nor an object");
        }
        return new SqlError(text(field(node, "message"), "the error message"), integer(node, "statement_index"),
                integer(node, "line"));
    }

    private static SqlValue value(JsonNode node) {
        if (node.isNull()) {
            return new SqlValue.Null();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new SqlValue.Int(node.longValue());
        }
        if (node.isFloatingPointNumber()) {
            return new SqlValue.Real(node.doubleValue());
        }
        if (node.isTextual()) {
            return new SqlValue.Text(node.textValue());
        }
        throw malformed("a value that is no SQLite value: " + node.getNodeType());
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw malformed("no field " + name);
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isArray()) {
            throw malformed(name + " is not an array");
        }
        return value;
    }

    private static int integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw malformed(name + " is not an int");
        }
        return value.intValue();
    }

    private static long number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw malformed(name + " is not an integer");
        }
        return value.longValue();
    }

    private static String text(JsonNode node, String what) {
        if (!node.isTextual()) {
            throw malformed(what + " is not a string");
        }
        return node.textValue();
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("the SQLite driver's output is not its JSON document: " + why);
    }
}
