package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.codelive.app.site.SiteModule;
import dev.codelive.exec.Execution;
import dev.codelive.exec.testing.RequiresSandbox;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The playground against the real execution API and sandbox: every language's starter, as a user gets it, runs and
 * shows its output. (PlaygroundBrowserTest covers the page's behaviour in detail against a stand-in.)
 */
@RequiresService(Service.CHROMIUM)
@RequiresSandbox
class PlaygroundLiveBrowserTest {
    static TestServer server;
    static HeadlessChromium chromium;
    static Browser browser;

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("EXEC_TYPESCRIPT_HOME", Path.of("..", "tools", "typescript").toAbsolutePath().normalize().toString());
        server = TestServer.builder()
                .policy("modules: { exec: { uid_base: 65500 } }")
                .module(new SiteModule())
                .module(Execution.module(new Environment(env)))
                .start();
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

    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript", "typescript", "sql", "rust", "go", "csharp"})
    void everyStarterRunsInTheSandbox(String language) {
        List<String> errors = new ArrayList<>();
        try (Page page = browser.newPage()) {
            HeadlessChromium.watch(page, errors);
            page.navigate(server.uri("/site/demos/playground.html#" + language).toString());
            page.waitForSelector("#run:not([disabled])");
            assertThat(page.locator("#language").inputValue()).isEqualTo(language);
            page.fill("#stdin", "Ada\n");
            page.click(".CodeMirror");
            page.keyboard().press("Control+Enter");
            page.waitForSelector("#run-status:not([data-status=idle]):not([data-status=running])",
                    new Page.WaitForSelectorOptions().setTimeout(90_000));

            String status = page.locator("#run-status").getAttribute("data-status");
            assertThat(status).as(page.locator("#stderr").textContent()).isEqualTo("ok");
            assertThat(page.locator("#stdout").textContent()).isNotBlank();
            if (language.equals("sql")) {
                assertThat(page.locator("#sql-result").isVisible()).isTrue();
                assertThat(page.locator("#sql-result").textContent()).contains("C5");
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "playground-live-" + language + ".png")));
        }
        assertThat(errors).isEmpty();
    }
}
