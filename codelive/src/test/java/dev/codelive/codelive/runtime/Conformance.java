package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codelive.codelive.testing.Python3;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Compares the Java runtime with CPython on Python expressions. CPython ({@code cpython_oracle.py}, one process for
 * all cases) parses each expression, evaluates the arguments that are not calls of runtime functions, and evaluates
 * the whole expression; the Java side evaluates the same call tree with {@link RuntimeFunctions} and must produce the
 * same type and repr, or the same exception type and message.
 */
final class Conformance {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One case: a Python expression, and whether the runtime must refuse it instead of answering like CPython. */
    record Case(String source, boolean refused) {

        /** Parses a corpus line; a leading {@code !} marks a case the runtime must refuse. */
        static Case parse(String line) {
            return line.startsWith("!") ? new Case(line.substring(1).trim(), true) : new Case(line, false);
        }
    }

    /** What one side produced: a value's type and repr (and text, for a str), an exception, or a refusal. */
    record Outcome(String kind, String type, String text, String value) {
        static Outcome ok(String type, String repr, String str) {
            return new Outcome("ok", type, repr, str);
        }

        static Outcome error(String type, String message) {
            return new Outcome("error", type, message, null);
        }

        @Override
        public String toString() {
            return kind.equals("ok") ? type + " " + text : kind + " " + type + ": " + text;
        }
    }

    private Conformance() {}

    /** Reads a corpus resource: one case a line, blank lines and {@code #} comments skipped. */
    static List<Case> corpus(String resource) {
        try (InputStream in = Conformance.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(Case::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks CPython about every case in one process and returns one dynamic test per case. */
    static Stream<DynamicTest> tests(List<Case> cases) {
        Python3.require();
        List<String> input = new ArrayList<>();
        try {
            input.add(JSON.writeValueAsString(RuntimeFunctions.names()));
            for (Case c : cases) {
                ObjectNode request = JsonNodeFactory.instance.objectNode();
                request.put("src", c.source());
                request.put("evaluate", !c.refused());
                input.add(JSON.writeValueAsString(request));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> answers = Python3.run(script(), input);
        assertThat(answers).as("one CPython answer per case").hasSize(cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode answer = parse(answers.get(i));
            tests.add(DynamicTest.dynamicTest(c.source(), () -> check(c, answer)));
        }
        return tests.stream();
    }

    private static void check(Case c, JsonNode answer) {
        if (answer.has("invalid")) {
            fail("the case is broken: " + answer.get("invalid").asText());
        }
        JsonNode tree = answer.get("tree");
        if (c.refused()) {
            try {
                PyObject value = evaluate(tree);
                fail("expected a refusal, got " + value.typeName() + " " + Repr.repr(value));
            } catch (NotSupportedException | EvaluationBudgetException expected) {
                return;
            }
        }
        Outcome expected = pythonOutcome(answer.get("result"));
        Outcome actual = javaOutcome(tree);
        assertThat(actual).as(c.source()).isEqualTo(expected);
    }

    private static Outcome pythonOutcome(JsonNode result) {
        if (result.has("ok")) {
            JsonNode ok = result.get("ok");
            return Outcome.ok(ok.get("type").asText(), ok.get("repr").asText(),
                    ok.has("str") ? ok.get("str").asText() : null);
        }
        JsonNode error = result.get("error");
        return Outcome.error(error.get("type").asText(), error.get("message").asText());
    }

    private static Outcome javaOutcome(JsonNode tree) {
        try {
            PyObject value = evaluate(tree);
            return Outcome.ok(value.typeName(), Repr.repr(value), value instanceof PyStr s ? s.value() : null);
        } catch (PythonError e) {
            return Outcome.error(e.type(), e.pythonMessage());
        } catch (NotSupportedException | EvaluationBudgetException e) {
            return new Outcome("refused", e.getClass().getSimpleName(), e.getMessage(), null);
        }
    }

    /** Evaluates a call tree from the oracle. */
    static PyObject evaluate(JsonNode tree) {
        if (tree.has("value")) {
            return decode(tree.get("value"));
        }
        List<PyObject> args = new ArrayList<>();
        for (JsonNode arg : tree.get("args")) {
            args.add(evaluate(arg));
        }
        Map<String, PyObject> kwargs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.get("kwargs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            kwargs.put(entry.getKey(), evaluate(entry.getValue()));
        }
        return RuntimeFunctions.call(tree.get("call").asText(), new Arguments(args, kwargs));
    }

    /** Decodes a value the oracle encoded. */
    static PyObject decode(JsonNode value) {
        String kind = value.fieldNames().next();
        JsonNode v = value.get(kind);
        return switch (kind) {
            case "bool" -> PyBool.of(v.asBoolean());
            case "int" -> {
                String hex = v.asText();
                boolean negative = hex.startsWith("-");
                BigInteger magnitude = new BigInteger(hex.substring(negative ? 3 : 2), 16);
                yield PyInt.of(negative ? magnitude.negate() : magnitude);
            }
            case "float" -> PyFloat.of(switch (v.asText()) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(v.asText());
            });
            case "str" -> PyStr.of(v.asText());
            case "none" -> PyNone.NONE;
            case "list" -> PyList.copyOf(items(v));
            case "tuple" -> PyTuple.copyOf(items(v));
            case "range" -> PyRange.of(v.get(0).asLong(), v.get(1).asLong(), v.get(2).asLong());
            default -> throw new IllegalArgumentException("unknown encoding " + kind);
        };
    }

    private static List<PyObject> items(JsonNode array) {
        List<PyObject> items = new ArrayList<>();
        for (JsonNode item : array) {
            items.add(decode(item));
        }
        return items;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable oracle answer: " + line, e);
        }
    }

    private static String script() {
        try (InputStream in = Conformance.class.getResourceAsStream("cpython_oracle.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
