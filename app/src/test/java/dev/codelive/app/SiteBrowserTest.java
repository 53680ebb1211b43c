package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.codelive.app.site.SiteModule;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the site in Debian's Chromium: no console errors, no CSP violations, and a screenshot to look at. */
@RequiresService(Service.CHROMIUM)
class SiteBrowserTest {
    static TestServer server;
    static HeadlessChromium chromium;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new SiteModule()).start();
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

    private static Page openPage(List<String> errors) {
        Page page = browser.newPage();
        HeadlessChromium.watch(page, errors);
        return page;
    }

    @Test
    void theIndexLoadsCleanlyAndShowsTheServerReady() {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page page = openPage(errors);

        page.navigate(server.uri("/").toString());
        page.waitForSelector("#server-status[data-state=ready]");

        assertThat(page.url()).endsWith("/site/");
        assertThat(page.title()).contains("Code Live");
        assertThat(page.locator(".capabilities .card h2").allTextContents())
                .containsExactly("Code Live", "Live execution", "SoundFoundry", "Timbre", "Codette");
        assertThat(page.locator("#server-version").textContent()).isEqualTo("test");
        assertThat(page.evaluate("getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(16, 18, 22)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/site-index.png")).setFullPage(true));
        assertThat(errors).isEmpty();
    }

    @Test
    void theCspViolationDetectorWorks() {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page page = openPage(errors);
        page.navigate(server.uri("/site/").toString());

        // An inline script is exactly what the policy forbids; the page must report it.
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); }");
        page.waitForTimeout(200);

        assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
        assertThat(errors).anyMatch(error -> error.contains("script-src") || error.contains("Content Security Policy"));
    }
}
