package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.codelive.app.site.SiteModule;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The playground page in Debian's Chromium against a stand-in for the execution API ({@link FakeExecutionModule}):
 * what the user types goes out, what comes back is shown, with no console errors and no CSP violations.
 */
@RequiresService(Service.CHROMIUM)
class PlaygroundBrowserTest {
    private static final String PAGE = "/site/demos/playground.html";
    private static final String EDITOR = "document.querySelector('.CodeMirror').CodeMirror";

    static FakeExecutionModule execution;
    static TestServer server;
    static HeadlessChromium chromium;
    static Browser browser;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private Page page;

    @BeforeAll
    static void start() {
        execution = new FakeExecutionModule(true);
        server = TestServer.builder().module(new SiteModule()).module(execution).start();
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openPage() {
        execution.requests().clear();
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        HeadlessChromium.watch(page, errors);
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    private void load(TestServer target) {
        page.navigate(target.uri(PAGE).toString());
    }

    private void loadReady() {
        load(server);
        page.waitForSelector("#run:not([disabled])");
    }

    private void typeCode(String code) {
        page.click(".CodeMirror");
        page.keyboard().press("Control+A");
        page.keyboard().type(code);
    }

    private void runWithShortcut() {
        page.keyboard().press("Control+Enter");
    }

    private String badge() {
        return page.locator("#run-status").getAttribute("data-status");
    }

    private void waitForStatus(String status) {
        page.waitForSelector("#run-status[data-status=" + status + "]");
    }

    private Object editor(String expression) {
        return page.evaluate(EDITOR + "." + expression);
    }

    private Map<String, Object> lastRequest() {
        assertThat(execution.requests()).isNotEmpty();
        return execution.requests().getLast();
    }

    @Test
    void runsWhatTheUserTypedWithItsStdinAndShowsOutputStatusTimingsAndMemory() {
        loadReady();
        assertThat(page.locator("#language").inputValue()).isEqualTo("python");
        assertThat(editor("getOption('mode').name")).isEqualTo("python");
        assertThat((String) editor("getValue()")).contains("sys.stdin.readline()");
        assertThat(page.locator("#sandbox-status").textContent()).isEqualTo("sandbox: cgroup v1");
        assertThat(page.locator("#toolchain").textContent()).isEqualTo("Python 3.11.2 · interpreted");
        assertThat(page.locator("#language option[value=csharp]").evaluate("option => [option.disabled, option.textContent]"))
                .isEqualTo(List.of(true, "C# (not installed)"));

        typeCode("print(\"Hello, {stdin}!\")");
        page.keyboard().press("Enter");
        page.keyboard().type("eprint(\"careful\")");
        page.fill("#stdin", "Ada Lovelace\n");
        page.click(".CodeMirror");
        runWithShortcut();
        waitForStatus("runtime_error");

        Map<String, Object> sent = lastRequest();
        assertThat(sent).containsEntry("language", "python")
                .containsEntry("code", "print(\"Hello, {stdin}!\")\neprint(\"careful\")")
                .containsEntry("stdin", "Ada Lovelace\n")
                .containsEntry("args", List.of())
                .containsEntry("limits", Map.of("timeout_ms", 5000, "memory_mb", 256, "output_kb", 64))
                .doesNotContainKey("dataset");
        assertThat(page.locator("#stdout").textContent()).isEqualTo("Hello, Ada Lovelace!\n");
        assertThat(page.locator("#stderr").textContent()).isEqualTo("careful\n");
        assertThat(page.locator("#run-status").textContent()).isEqualTo("runtime error");
        assertThat(page.locator("#time-queue").textContent()).isEqualTo("3 ms");
        assertThat(page.locator("#time-compile").textContent()).isEqualTo("—");
        assertThat(page.locator("#time-run").textContent()).isEqualTo("12 ms");
        assertThat(page.locator("#memory").textContent()).isEqualTo("8.0 MB");
        assertThat(page.locator("#exit").textContent()).isEqualTo("code 1");
        assertThat(page.locator("#stdout-truncated").isHidden()).isTrue();
        assertThat(page.locator("#sql-result").isHidden()).isTrue();

        typeCode("print(\"all good\")");
        page.click("#run");
        waitForStatus("ok");
        assertThat(page.locator("#stdout").textContent()).isEqualTo("all good\n");
        assertThat(page.locator("#stderr").getAttribute("data-empty")).isEqualTo("true");
        assertThat(execution.requests()).hasSize(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/playground.png")).setFullPage(true));
        assertThat(errors).isEmpty();
    }

    @Test
    void switchingLanguageChangesModeAndStarterAndKeepsEachDraft() {
        loadReady();
        typeCode("print(\"my python draft\")");

        page.selectOption("#language", "rust");
        assertThat(editor("getOption('mode')")).isEqualTo("rust");
        assertThat((String) editor("getValue()")).startsWith("use std::io::{self, Read};").contains("println!(\"Hello, {name}!\")");
        assertThat(page.locator(".CodeMirror .cm-keyword").first().textContent()).isEqualTo("use");
        assertThat(page.locator("#toolchain").textContent()).isEqualTo("rustc 1.87.0 · compiled");
        assertThat(page.url()).endsWith("#rust");

        page.click("#run");
        waitForStatus("ok");
        assertThat(lastRequest()).containsEntry("language", "rust");
        assertThat(page.locator("#stdout").textContent()).isEqualTo("Hello, {name}!\nbar length: {} beats\n");
        assertThat(page.locator("#time-compile").textContent()).isEqualTo("480 ms");
        page.click("#run");
        page.waitForSelector("#time-compile:has-text('cached build')");
        assertThat(page.locator("#time-compile").textContent()).isEqualTo("0 ms (cached build)");

        page.selectOption("#language", "go");
        assertThat(editor("getOption('mode')")).isEqualTo("text/x-go");
        assertThat((String) editor("getValue()")).startsWith("package main");
        assertThat(editor("getOption('indentWithTabs')")).isEqualTo(true);

        page.selectOption("#language", "python");
        assertThat(editor("getValue()")).isEqualTo("print(\"my python draft\")");
        page.click("#reset-code");
        assertThat((String) editor("getValue()")).contains("sys.stdin.readline()");
        assertThat(errors).isEmpty();
    }

    @Test
    void aLanguageInTheAddressIsPickedFirst() {
        page.navigate(server.uri(PAGE + "#typescript").toString());
        page.waitForSelector("#run:not([disabled])");
        assertThat(page.locator("#language").inputValue()).isEqualTo("typescript");
        assertThat(editor("getOption('mode')")).isEqualTo("text/typescript");
        assertThat((String) editor("getValue()")).startsWith("interface Note");
        assertThat(errors).isEmpty();
    }

    @Test
    void sqlSendsDialectAndDatasetAndShowsTheResultTable() {
        loadReady();
        assertThat(page.locator("#dataset-field").isHidden()).isTrue();
        page.selectOption("#language", "sql");
        assertThat(editor("getOption('mode')")).isEqualTo("text/x-sqlite");
        assertThat(page.locator("#dataset-field").isVisible()).isTrue();
        page.selectOption("#dataset", "sample");

        typeCode("SELECT 'Ada' AS name, 36 AS age;");
        runWithShortcut();
        waitForStatus("ok");

        assertThat(lastRequest()).containsEntry("language", "sql")
                .containsEntry("code", "SELECT 'Ada' AS name, 36 AS age;")
                .containsEntry("dialect", "sqlite")
                .containsEntry("dataset", "sample");
        Locator table = page.locator("#sql-result table");
        assertThat(table.locator("thead th").allTextContents()).containsExactly("name", "age");
        assertThat(table.locator("tbody tr").count()).isEqualTo(1);
        assertThat(table.locator("tbody td").allTextContents()).containsExactly("Ada", "36");
        assertThat(table.locator("caption").textContent()).isEqualTo("Query result: 1 row");

        page.selectOption("#dataset", "");
        page.click("#reset-code");
        page.click("#run");
        page.waitForSelector("#sql-result table caption:has-text('3 rows')");
        assertThat(lastRequest()).containsEntry("dataset", null);
        assertThat(table.locator("thead th").allTextContents()).containsExactly("pitch", "beats", "ms");
        assertThat(table.locator("td.null").allTextContents()).containsExactly("NULL");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/playground-sql.png")).setFullPage(true));
        assertThat(errors).isEmpty();
    }

    @Test
    void compileErrorsTimeoutsAndTruncatedOutputAreShownAsSuch() {
        loadReady();
        typeCode("x = = 1  # syntax error");
        runWithShortcut();
        waitForStatus("compile_error");
        assertThat(page.locator("#run-status").textContent()).isEqualTo("compile error");
        assertThat(page.locator("#stderr").textContent()).isEqualTo("main:1: error: syntax error\n");

        typeCode("while True: pass");
        runWithShortcut();
        waitForStatus("timeout");
        assertThat(page.locator("#run-status").textContent()).isEqualTo("timed out");
        assertThat(page.locator("#exit").textContent()).isEqualTo("signal SIGKILL");

        typeCode("print(\"flood\")");
        runWithShortcut();
        waitForStatus("output_limit");
        assertThat(page.locator("#stdout-truncated").isVisible()).isTrue();
        assertThat(page.locator("#stderr-truncated").isHidden()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void validationProblemsListEachFieldAndTheRunCanBeRetried() {
        loadReady();
        page.click(".limits summary");
        assertThat(page.locator("#limit-timeout").getAttribute("max")).isEqualTo("10000");
        page.fill("#limit-timeout", "60000");
        typeCode(" ");
        runWithShortcut();
        waitForStatus("refused");

        assertThat(page.locator("#problem").getAttribute("data-status")).isEqualTo("422");
        assertThat(page.locator("#problem-title").textContent()).isEqualTo("The run was not accepted");
        assertThat(page.locator("#problem-errors li").allTextContents())
                .containsExactly("code: must not be blank", "limits.timeout_ms: must be between 1 and 10000");
        assertThat(page.locator("#problem").getAttribute("role")).isEqualTo("alert");

        page.fill("#limit-timeout", "2000");
        typeCode("print(\"fixed\")");
        runWithShortcut();
        waitForStatus("ok");
        assertThat(page.locator("#problem").isHidden()).isTrue();
        assertThat(lastRequest().get("limits")).isEqualTo(Map.of("timeout_ms", 2000, "memory_mb", 256, "output_kb", 64));
        assertThat(errors).allMatch(error -> error.contains("status of 422"));
    }

    @Test
    void aRateLimitSaysWhenToRetryAndHoldsTheRunButtonUntilThen() {
        loadReady();
        typeCode("busy()");
        runWithShortcut();
        waitForStatus("refused");

        assertThat(page.locator("#problem").getAttribute("data-status")).isEqualTo("429");
        assertThat(page.locator("#problem-title").textContent()).isEqualTo("Too many runs");
        assertThat(page.locator("#problem-detail").textContent()).isEqualTo("rate class 'execute' exhausted. Try again in 3 s.");
        assertThat(page.locator("#run").isDisabled()).isTrue();
        assertThat(page.locator("#run").textContent()).startsWith("Run (wait");
        runWithShortcut(); // ignored while held
        assertThat(execution.requests()).hasSize(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/playground-problem.png")).setFullPage(true));

        page.waitForSelector("#run:not([disabled])", new Page.WaitForSelectorOptions().setTimeout(6000));
        assertThat(page.locator("#run").textContent()).isEqualTo("Run");
        assertThat(errors).allMatch(error -> error.contains("status of 429"));
    }

    @Test
    void anUnavailableSandboxIsExplained() {
        loadReady();
        typeCode("sandbox down");
        runWithShortcut();
        waitForStatus("refused");
        assertThat(page.locator("#problem").getAttribute("data-status")).isEqualTo("503");
        assertThat(page.locator("#problem-title").textContent()).isEqualTo("Execution is unavailable");
        assertThat(page.locator("#problem-detail").textContent())
                .isEqualTo("the sandbox is unavailable: bubblewrap failed to start. Try again in 30 s.");
        assertThat(errors).allMatch(error -> error.contains("status of 503"));
    }

    @Test
    void aServerWithoutSandboxWarnsBeforeAnyRun() {
        try (TestServer noSandbox = TestServer.builder().module(new SiteModule()).module(new FakeExecutionModule(false)).start()) {
            load(noSandbox);
            page.waitForSelector("#notice:not([hidden])");
            assertThat(page.locator("#sandbox-status").getAttribute("data-state")).isEqualTo("unready");
            assertThat(page.locator("#notice").textContent())
                    .isEqualTo("The sandbox is unavailable on this server: no cgroup controllers for memory and pids."
                            + " Runs will be refused until it is fixed.");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aServerWithoutTheExecutionApiSaysSoAndOffersNoRun() {
        try (TestServer siteOnly = TestServer.builder().module(new SiteModule()).start()) {
            load(siteOnly);
            page.waitForSelector("#notice:not([hidden])");
            assertThat(page.locator("#notice").textContent()).isEqualTo("Live execution is not available on this server.");
            assertThat(page.locator("#run").isDisabled()).isTrue();
            assertThat(page.locator("#language").isDisabled()).isTrue();
            // The editor still works: someone can write code while the server is being fixed.
            page.locator(".CodeMirror").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        }
        assertThat(errors).allMatch(error -> error.contains("status of 404"));
    }

    @Test
    void onANarrowScreenThePanelsStackWithoutSideScrolling() {
        page.setViewportSize(390, 844);
        loadReady();
        page.click("#run");
        waitForStatus("ok");
        double editorBottom = (Double) page.evaluate("document.querySelector('.editor-column').getBoundingClientRect().bottom");
        double resultsTop = (Double) page.evaluate("document.querySelector('.output-column').getBoundingClientRect().top");
        assertThat(resultsTop).isGreaterThan(editorBottom);
        assertThat(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/playground-narrow.png")).setFullPage(true));
        assertThat(errors).isEmpty();
    }

    @Test
    void theIndexLinksToThePlayground() {
        page.navigate(server.uri("/site/").toString());
        page.click("text=Open the playground");
        page.waitForSelector("#run:not([disabled])");
        assertThat(page.url()).endsWith(PAGE + "#python");
        assertThat(page.title()).isEqualTo("Playground — Code Live");
        assertThat(errors).isEmpty();
    }

    @Test
    void codeMirrorIsServedFromTheWebJarWithTheSiteHeaders() {
        var response = page.navigate(server.uri("/site/vendor/codemirror/lib/codemirror.js").toString());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).contains("javascript");
        assertThat(response.headers().get("content-security-policy")).contains("default-src 'self'");
        assertThat(page.navigate(server.uri("/site/vendor/codemirror/nothing-here.js").toString()).status()).isEqualTo(404);
    }
}
