package dev.codelive.app;

import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.Schemas;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-execution API's contract, answered by a toy instead of a sandbox, so the playground page can be tested
 * before (and independently of) the real runners. Answers depend on what the page sent: {@code print("...")}-like
 * calls print their text, with {@code {stdin}} replaced by the trimmed stdin; code containing "syntax error" fails to
 * compile, "busy" is rate limited, "sandbox down" is a 503, "flood" overflows the output limit, "while True" times
 * out; SQL answers with the columns of its last SELECT. Every request body is kept for the test to inspect.
 */
final class FakeExecutionModule implements ServerModule {
    private static final Pattern CALL = Pattern.compile("([\\w.]+!?)\\(\\s*\"([^\"]*)\"");
    private static final List<String> STDOUT_CALLS = List.of("print", "println!", "console.log", "fmt.Println", "Console.WriteLine");
    private static final List<String> STDERR_CALLS = List.of("eprint", "eprintln!", "console.error", "Console.Error.WriteLine");
    private static final Pattern LAST_SELECT = Pattern.compile("(?is).*\\bSELECT\\s+(.+?)(\\s+FROM\\s+\\w+.*)?\\s*;?\\s*$");
    private static final Pattern ALIASED = Pattern.compile("(?is)(.+?)\\s+AS\\s+(\\w+)");
    private static final Map<String, Integer> MAX_LIMITS = Map.of("timeout_ms", 10_000, "memory_mb", 512, "output_kb", 1024);

    private final boolean sandboxAvailable;
    private final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();

    FakeExecutionModule(boolean sandboxAvailable) {
        this.sandboxAvailable = sandboxAvailable;
    }

    /** The bodies of every POST /api/execute so far, oldest first. */
    List<Map<String, Object>> requests() {
        return requests;
    }

    @Override
    public void register(Platform platform) {
        platform.addRoute(Route.get("/api/execute/languages")
                .summary("Test double: the languages on offer")
                .tag("execute")
                .publicAccess()
                .notRateLimited()
                .json(200, "Languages, limits and sandbox", Schemas.freeObject("Catalogue"))
                .handler(ctx -> ctx.json(catalogue())));
        platform.addRoute(Route.post("/api/execute")
                .summary("Test double: runs nothing, answers from the code's text")
                .tag("execute")
                .publicAccess()
                .notRateLimited()
                .jsonBody(Schemas.freeObject("Run request"))
                .json(200, "Outcome", Schemas.freeObject("Outcome"))
                .responds(422, "Invalid request", "application/problem+json")
                .responds(429, "Busy", "application/problem+json")
                .responds(503, "Sandbox down", "application/problem+json")
                .handler(ctx -> execute(platform, ctx)));
    }

    private Map<String, Object> catalogue() {
        List<Map<String, Object>> languages = List.of(
                language("python", true, "Python 3.11.2", false),
                language("javascript", true, "Node.js 20.19.2", false),
                language("typescript", true, "TypeScript 5.4 on Node.js 20", false),
                language("sql", true, "SQLite 3.40.1", false),
                language("rust", true, "rustc 1.87.0", true),
                language("go", true, "go1.22.2", true),
                language("csharp", false, null, true));
        Map<String, Object> sandbox = new LinkedHashMap<>();
        sandbox.put("available", sandboxAvailable);
        sandbox.put("detail", sandboxAvailable ? null : "no cgroup controllers for memory and pids");
        sandbox.put("enforcement", sandboxAvailable ? "cgroup v1" : null);
        return Map.of(
                "languages", languages,
                "limits", Map.of("default", Map.of("timeout_ms", 5000, "memory_mb", 256, "output_kb", 64), "max", MAX_LIMITS),
                "sandbox", sandbox);
    }

    private static Map<String, Object> language(String name, boolean available, String toolchain, boolean compiled) {
        Map<String, Object> language = new LinkedHashMap<>();
        language.put("name", name);
        language.put("available", available);
        language.put("toolchain", toolchain);
        language.put("compiled", compiled);
        language.put("flag", name + "_execution");
        language.put("enabled", true);
        return language;
    }

    @SuppressWarnings("unchecked")
    private void execute(Platform platform, Context ctx) {
        Map<String, Object> body = platform.bodies().read(ctx, Map.class);
        boolean cached = requests.stream().anyMatch(earlier -> Objects.equals(earlier.get("language"), body.get("language"))
                && Objects.equals(earlier.get("code"), body.get("code")));
        requests.add(body);
        validate(body);
        String language = (String) body.get("language");
        String code = (String) body.get("code");
        String stdin = body.get("stdin") instanceof String text ? text.strip() : "";
        if (code.contains("busy")) {
            throw new ProblemException(Problem.of(ProblemType.RATE_LIMITED, "rate class 'execute' exhausted"), Map.of("Retry-After", "3"));
        }
        if (code.contains("sandbox down")) {
            throw new ProblemException(Problem.of(ProblemType.UNAVAILABLE, "the sandbox is unavailable: bubblewrap failed to start"),
                    Map.of("Retry-After", "30"));
        }
        boolean compiled = language.equals("rust") || language.equals("go");
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String text = call.group(2).replace("{stdin}", stdin) + "\n";
            if (STDOUT_CALLS.contains(call.group(1))) {
                stdout.append(text);
            } else if (STDERR_CALLS.contains(call.group(1))) {
                stderr.append(text);
            }
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        Map<String, Object> truncated = new LinkedHashMap<>(Map.of("stdout", false, "stderr", false));
        String status = stderr.isEmpty() ? "ok" : "runtime_error";
        Integer exitCode = stderr.isEmpty() ? 0 : 1;
        String signal = null;
        if (code.contains("syntax error")) {
            status = "compile_error";
            exitCode = 1;
            stdout.setLength(0);
            stderr.setLength(0);
            stderr.append("main:").append(lineOf(code, "syntax error")).append(": error: syntax error\n");
        } else if (code.contains("while True")) {
            status = "timeout";
            exitCode = null;
            signal = "SIGKILL";
        } else if (code.contains("flood")) {
            status = "output_limit";
            stdout.append("flood\n".repeat(200));
            truncated.put("stdout", true);
        }
        outcome.put("status", status);
        outcome.put("exit_code", exitCode);
        outcome.put("signal", signal);
        outcome.put("stdout", stdout.toString());
        outcome.put("stderr", stderr.toString());
        outcome.put("truncated", truncated);
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("queue", 3);
        timings.put("compile", compiled ? (cached ? 0 : 480) : null);
        timings.put("run", 10 + code.lines().count());
        outcome.put("timings_ms", timings);
        outcome.put("memory_kb", 8192 + code.length());
        outcome.put("build_cached", compiled && cached);
        if (language.equals("sql") && status.equals("ok")) {
            Map<String, Object> result = sqlResult(code);
            outcome.put("result", result);
            outcome.put("results", List.of(result));
        }
        ctx.json(outcome);
    }

    private static void validate(Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        List<String> runnable = List.of("python", "javascript", "typescript", "sql", "rust", "go");
        if (!(body.get("language") instanceof String language) || !runnable.contains(language)) {
            errors.add(new FieldError("language", "must be one of " + String.join(", ", runnable)));
        }
        if (!(body.get("code") instanceof String code) || code.isBlank()) {
            errors.add(new FieldError("code", "must not be blank"));
        }
        if (body.get("limits") instanceof Map<?, ?> limits) {
            MAX_LIMITS.forEach((name, max) -> {
                if (limits.get(name) instanceof Number value && (value.longValue() < 1 || value.longValue() > max)) {
                    errors.add(new FieldError("limits." + name, "must be between 1 and " + max));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).toException();
        }
    }

    private static long lineOf(String code, String needle) {
        return 1 + code.substring(0, code.indexOf(needle)).chars().filter(c -> c == '\n').count();
    }

    /** Columns named after the last SELECT's items; literal items keep their value, others get made-up rows. */
    private static Map<String, Object> sqlResult(String code) {
        Matcher select = LAST_SELECT.matcher(code.strip());
        if (!select.matches()) {
            return Map.of("columns", List.of(), "rows", List.of());
        }
        List<String> columns = new ArrayList<>();
        List<Object> literals = new ArrayList<>();
        for (String item : select.group(1).split(",")) {
            Matcher aliased = ALIASED.matcher(item.strip());
            String expression = aliased.matches() ? aliased.group(1).strip() : item.strip();
            columns.add(aliased.matches() ? aliased.group(2) : expression);
            literals.add(literal(expression));
        }
        List<List<Object>> rows = new ArrayList<>();
        int rowCount = select.group(2) == null ? 1 : 3;
        for (int row = 0; row < rowCount; row++) {
            List<Object> cells = new ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                Object literal = literals.get(column);
                boolean lastCell = row == rowCount - 1 && column == columns.size() - 1 && rowCount > 1;
                cells.add(literal != null ? literal : lastCell ? null : (row + 1) * (column + 1));
            }
            rows.add(cells);
        }
        return Map.of("columns", columns, "rows", rows);
    }

    private static Object literal(String expression) {
        if (expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
            return expression.substring(1, expression.length() - 1);
        }
        if (expression.matches("-?\\d+")) {
            return Long.parseLong(expression);
        }
        return null;
    }
}
