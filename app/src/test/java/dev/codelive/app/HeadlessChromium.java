package dev.codelive.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.codelive.platform.testing.RequiresService.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright for the site's browser tests, and the page watch they all keep. */
final class HeadlessChromium implements AutoCloseable {
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
    // Reports CSP violations as console errors, so the same listener catches both.
    static final String REPORT_CSP_VIOLATIONS = "document.addEventListener('securitypolicyviolation',"
            + " e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the browser with the standard flags and any {@code extraFlags}. */
    static HeadlessChromium launch(String... extraFlags) {
        List<String> flags = new ArrayList<>(FLAGS);
        flags.addAll(List.of(extraFlags));
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(Service.CHROMIUM.location()))
                    .setHeadless(true)
                    .setArgs(flags));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    /** Collects the page's console errors, uncaught errors and CSP violations into {@code errors}. */
    static Page watch(Page page, List<String> errors) {
        page.addInitScript(REPORT_CSP_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
