package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sun.net.httpserver.HttpServer;
import dev.codelive.app.site.SiteModule;
import dev.codelive.foundry.SoundFoundry;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The create page in Debian's Chromium against a real server with SoundFoundry on its local composer and the embedded
 * database: sign up, order a track, watch its job, play and seek it, list and delete tracks, and the server's
 * refusals (422, 402, 429) shown where the user looks, with no console errors and no CSP violations.
 */
@RequiresService(Service.CHROMIUM)
class CreateBrowserTest {
    private static final String PAGE = "/site/create/";
    private static final String PASSWORD = "a long enough passphrase";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final double RENDER_TIMEOUT_MS = 120_000;
    // waitForFunction conditions are written as functions: a bare expression would be eval'ed, which the page's CSP forbids.
    private static final String AUDIO = "document.getElementById('audio')";

    static TestServer server;
    static HeadlessChromium chromium;
    static Browser browser;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() {
        server = foundryServer("");
        // Playing starts from a click, but a headless browser has no user to have gestured first.
        chromium = HeadlessChromium.launch("--autoplay-policy=no-user-gesture-required");
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

    /** A server with SoundFoundry on the local composer only, whatever the machine's environment says. */
    private static TestServer foundryServer(String policy) {
        return foundryServer(policy, Map.of("MUSIC_PROVIDER", "local"));
    }

    private static TestServer foundryServer(String policy, Map<String, String> environment) {
        TestServer.Builder builder = TestServer.builder()
                .module(SoundFoundry.module(new Environment(environment)))
                .module(new SiteModule());
        return (policy.isEmpty() ? builder : builder.policy(policy)).start();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        page = context.newPage();
        HeadlessChromium.watch(page, errors);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String signUp(TestServer target) {
        String email = "maker-" + UUID.randomUUID() + "@example.com";
        page.navigate(target.uri(PAGE).toString());
        page.waitForSelector("#sign-in");
        page.fill("#email", email);
        page.fill("#password", PASSWORD);
        page.click("#sign-up-button");
        page.waitForSelector("#studio");
        page.waitForSelector("#price[data-tone]");
        return email;
    }

    private JsonNode api(String path) {
        APIResponse response = page.request().get(path.startsWith("http") ? path : server.uri(path).toString());
        assertThat(response.status()).as("GET %s: %s", path, response.text()).isEqualTo(200);
        return read(response.text());
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private void fillOrder(String prompt, int seconds) {
        page.fill("#prompt", prompt);
        page.fill("#duration", Integer.toString(seconds));
    }

    /** Presses Create and answers with the server's 202 body. */
    private JsonNode create() {
        Response response = page.waitForResponse(r -> r.url().endsWith("/api/tracks") && r.request().method().equals("POST"),
                () -> page.click("#create"));
        assertThat(response.status()).as(response.text()).isEqualTo(202);
        return read(response.text());
    }

    private void waitForJobEnd() {
        page.waitForSelector("#job-state[data-state=COMPLETE], #job-state[data-state=FAILED]",
                new Page.WaitForSelectorOptions().setTimeout(RENDER_TIMEOUT_MS));
        assertThat(page.locator("#job-state").getAttribute("data-state"))
                .as("job problem: %s", page.locator("#job-problem").textContent()).isEqualTo("COMPLETE");
    }

    /** A number of credits as the page writes it, e.g. "1,200 credits". */
    private static String credits(long n) {
        return String.format(Locale.ENGLISH, "%,d credit%s", n, n == 1 ? "" : "s");
    }

    // Asks twice a second, as the page does: the API's rate limit is for people, not for busy loops.
    private void awaitAllTracksComplete() {
        long deadline = System.nanoTime() + (long) RENDER_TIMEOUT_MS * 1_000_000;
        while (!StreamSupport.stream(api("/api/tracks").get("tracks").spliterator(), false)
                .allMatch(track -> track.get("status").asText().equals("COMPLETE"))) {
            assertThat(System.nanoTime()).as("all tracks complete in time").isLessThan(deadline);
            page.waitForTimeout(500);
        }
    }

    private double currentTime() {
        return ((Number) page.evaluate(AUDIO + ".currentTime")).doubleValue();
    }

    private void clickWaveformAt(double fraction) {
        BoundingBox box = page.locator("#waveform").boundingBox();
        page.mouse().click(box.x + box.width * fraction, box.y + box.height / 2);
    }

    @Test
    void signsUpCreatesATrackWatchesItRenderThenPlaysAndSeeksIt() {
        String email = signUp(server);
        JsonNode credits = api("/api/credits");
        long perSecond = credits.get("per_second").asLong();
        long grant = credits.get("balance").asLong();
        assertThat(page.locator("#account-name").textContent()).isEqualTo(email.substring(0, email.indexOf('@')));
        assertThat(page.locator("#credits").textContent()).isEqualTo(credits(grant));
        assertThat(page.locator("#sign-in").isHidden()).isTrue();

        fillOrder("calm ambient electronic track, 100 bpm, soft pads", 5);
        assertThat(page.locator("#price").textContent())
                .isEqualTo("Costs %s (5 s × %d) · you have %s.".formatted(credits(5 * perSecond), perSecond, credits(grant)));

        List<String> trackPosts = new CopyOnWriteArrayList<>();
        List<String> jobPolls = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().endsWith("/api/tracks") && request.method().equals("POST")) {
                trackPosts.add(request.headerValue("idempotency-key"));
            } else if (request.url().contains("/api/jobs/")) {
                jobPolls.add(request.url());
            }
        });
        page.evaluate("() => { window.progressSeen = []; const note = () => window.progressSeen.push("
                + "[document.getElementById('job-state').dataset.state, document.getElementById('job-progress').value]);"
                + " new MutationObserver(note).observe(document.getElementById('job'), {subtree: true, childList: true, attributes: true,"
                + " characterData: true}); }");
        JsonNode accepted = create();
        String trackId = accepted.get("track_id").asText();
        assertThat(accepted.get("credits_required").asLong()).isEqualTo(5 * perSecond);
        assertThat(trackPosts).singleElement(InstanceOfAssertFactories.STRING).matches(UUID_PATTERN);
        page.waitForSelector("#job");
        assertThat(page.locator("#job-prompt").textContent()).isEqualTo("calm ambient electronic track, 100 bpm, soft pads");

        waitForJobEnd();
        assertThat(page.locator("#job-percent").textContent()).isEqualTo("100 %");
        assertThat(jobPolls).isNotEmpty().allMatch(url -> url.endsWith("/api/jobs/" + accepted.get("job_id").asText()));
        @SuppressWarnings("unchecked")
        List<List<Object>> seen = (List<List<Object>>) page.evaluate("window.progressSeen");
        List<Double> progress = seen.stream().map(entry -> ((Number) entry.get(1)).doubleValue()).toList();
        assertThat(seen).extracting(entry -> entry.get(0)).allMatch(List.of("QUEUED", "RENDERING", "COMPLETE")::contains);
        assertThat(progress).isSorted().last().isEqualTo(100.0);
        int pollsAtEnd = jobPolls.size();
        page.waitForTimeout(1500);
        assertThat(jobPolls).as("polling stops once the job is over").hasSize(pollsAtEnd);

        // The player: the finished track, its length, its waveform, downloads and stems.
        page.waitForSelector("#player-body");
        page.waitForFunction("() => " + AUDIO + ".readyState >= 1");
        JsonNode track = api("/api/tracks/" + trackId);
        assertThat(track.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(((Number) page.evaluate(AUDIO + ".duration")).doubleValue()).isCloseTo(5.0, within(0.1));
        assertThat(page.locator("#time").textContent()).isEqualTo("0:00 / 0:05");
        assertThat(page.locator("#player-prompt").textContent()).isEqualTo("calm ambient electronic track, 100 bpm, soft pads");
        assertThat(page.locator("#download-wav").getAttribute("href")).isEqualTo(track.at("/audio/wav_url").asText());
        assertThat(page.locator("#download-flac").getAttribute("href")).isEqualTo(track.at("/audio/flac_url").asText());
        assertThat(page.locator("#facts dt").allTextContents()).contains("Length", "Loudness", "True peak", "Seed");
        List<String> stems = StreamSupport.stream(track.get("stems").spliterator(), false).map(stem -> stem.get("name").asText()).toList();
        assertThat(page.locator("#stems .stem-name").allTextContents()).isEqualTo(stems);
        assertThat(page.locator("#stems audio").count()).isEqualTo(stems.size());
        page.waitForSelector("#waveform[data-state=ready]");
        // Bars of different heights: the picture comes from the audio, not a placeholder.
        Object heights = page.evaluate("() => { const c = document.getElementById('waveform'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                + " for (let x = 0; x < c.width; x += 4) { let n = 0; for (let y = 0; y < c.height; y++) { if (d[(y * c.width + x) * 4 + 3] > 0) n++; }"
                + " seen.add(n); } return seen.size; }");
        assertThat(((Number) heights).intValue()).isGreaterThan(5);

        // Play, then pause: the audio really advances.
        page.click("#play");
        page.waitForFunction("() => " + AUDIO + ".currentTime > 0.5");
        assertThat(page.locator("#play").getAttribute("aria-label")).isEqualTo("Pause");
        page.click("#play");
        page.waitForFunction("() => " + AUDIO + ".paused");
        // paused turns true at once; the pause event that relabels the button follows as a task.
        page.waitForSelector("#play[data-playing=false]");
        assertThat(page.locator("#play").getAttribute("aria-label")).isEqualTo("Play");

        // Seek by clicking, by dragging, and from the keyboard.
        clickWaveformAt(0.85);
        assertThat(currentTime()).isCloseTo(4.25, within(0.2));
        assertThat(page.locator("#time").textContent()).isEqualTo("0:04 / 0:05");
        BoundingBox box = page.locator("#waveform").boundingBox();
        page.mouse().move(box.x + box.width * 0.1, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.5, box.y + box.height / 2, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(currentTime()).isCloseTo(2.5, within(0.2));
        page.keyboard().press("Home");
        assertThat(currentTime()).isEqualTo(0.0);
        page.keyboard().press("End");
        assertThat(currentTime()).isCloseTo(5.0, within(0.1));
        assertThat(page.locator("#waveform").getAttribute("aria-valuemax")).isEqualTo("5");

        // The list and the credits caught up.
        Locator entries = page.locator("#tracks li");
        assertThat(entries.count()).isEqualTo(1);
        assertThat(entries.first().getAttribute("data-track-id")).isEqualTo(trackId);
        assertThat(entries.first().getAttribute("data-status")).isEqualTo("COMPLETE");
        assertThat(entries.first().locator(".track-pick").getAttribute("aria-current")).isEqualTo("true");
        page.waitForSelector("#credits:text-is('%s')".formatted(credits(grant - 5 * perSecond)));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/create.png")).setFullPage(true));
        assertThat(errors).isEmpty();
    }

    @Test
    void anOrderWhoseAnswerWasLostIsSentAgainWithTheSameKeyAndMakesOneTrack() {
        signUp(server);
        fillOrder("minimal techno loop", 5);
        List<Request> posts = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().endsWith("/api/tracks") && request.method().equals("POST")) {
                posts.add(request);
            }
        });
        AtomicBoolean lost = new AtomicBoolean();
        // The first order reaches the server, but its answer never reaches the page.
        page.route(url -> url.endsWith("/api/tracks"), route -> {
            if (route.request().method().equals("POST") && lost.compareAndSet(false, true)) {
                route.fetch();
                route.abort();
            } else {
                route.resume();
            }
        });
        page.click("#create");
        page.waitForSelector("#order-problem[data-status='0']");
        assertThat(page.locator("#order-problem .problem-title").textContent()).isEqualTo("Server unreachable");

        JsonNode accepted = create();
        page.waitForSelector("#order-problem", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).headerValue("idempotency-key")).matches(UUID_PATTERN).isEqualTo(posts.get(0).headerValue("idempotency-key"));
        JsonNode mine = api("/api/tracks");
        assertThat(mine.get("tracks")).hasSize(1);
        assertThat(mine.at("/tracks/0/id").asText()).isEqualTo(accepted.get("track_id").asText());
        waitForJobEnd();

        // A new order after that one gets a key of its own.
        page.fill("#duration", "6");
        create();
        assertThat(posts).hasSize(3);
        assertThat(posts.get(2).headerValue("idempotency-key")).matches(UUID_PATTERN).isNotEqualTo(posts.get(0).headerValue("idempotency-key"));
        assertThat(api("/api/tracks").get("tracks")).hasSize(2);
        waitForJobEnd();
        assertThat(errors).allMatch(error -> error.contains("net::ERR_FAILED"));
    }

    @Test
    void invalidFieldsAreShownNextToThem() {
        signUp(server);
        fillOrder("", 400);
        page.click("#create");
        page.waitForSelector("#order-problem[data-status='422']");
        assertThat(page.locator("#order-problem .problem-title").textContent()).isEqualTo("Please check the form");
        assertThat(page.locator("#order-problem li code").allTextContents()).containsExactlyInAnyOrder("prompt", "duration_s");
        assertThat(page.locator("#prompt-error").isVisible()).isTrue();
        assertThat(page.locator("#prompt-error").textContent()).isNotBlank();
        assertThat(page.locator("#prompt").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#duration-error").textContent()).contains("5").contains("300");
        assertThat(page.locator("#duration").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("prompt");
        assertThat(api("/api/tracks").get("tracks")).isEmpty();

        page.fill("#seed", "-3");
        page.click("#create");
        assertThat(page.locator("#seed-error").textContent()).startsWith("must be a whole number");
        assertThat(page.locator("#prompt-error").isHidden()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/create-invalid.png")).setFullPage(true));
        assertThat(errors).allMatch(error -> error.contains("status of 422"));
    }

    @Test
    void tooFewCreditsAndTooManyOrdersAreExplainedOnANarrowScreen() {
        String policy = "modules: { foundry: { credits: { signup_grant: 3 } } }\n"
                + "rate_limits: { track_create: { rate: 1, per: minute, burst: 1 } }";
        try (TestServer stingy = foundryServer(policy)) {
            page.setViewportSize(390, 844);
            signUp(stingy);
            assertThat(page.locator("#credits").textContent()).isEqualTo("3 credits");
            fillOrder("folk song with guitar", 5);
            assertThat(page.locator("#price").getAttribute("data-tone")).isEqualTo("bad");
            assertThat(page.locator("#price").textContent()).endsWith("you have 3 credits — not enough for this length.");

            page.click("#create");
            page.waitForSelector("#order-problem[data-status='402']");
            assertThat(page.locator("#order-problem .problem-title").textContent()).isEqualTo("Not enough credits");
            assertThat(page.locator("#order-problem .problem-detail").textContent()).isNotBlank();
            assertThat(page.locator("#order-problem .problem-hint").textContent()).isEqualTo("You have 3 credits: try a shorter track.");
            page.waitForSelector("#tracks-empty");

            page.click("#create");
            page.waitForSelector("#order-problem[data-status='429']");
            assertThat(page.locator("#order-problem .problem-title").textContent()).isEqualTo("Too many tracks at once");
            assertThat(page.locator("#create").isDisabled()).isTrue();
            String waiting = page.locator("#create").textContent();
            assertThat(waiting).matches("Create \\(wait \\d+ s\\)");
            assertThat(page.locator("#order-problem .problem-hint").textContent()).matches("You can create again in \\d+ s\\.");
            page.waitForFunction("text => document.getElementById('create').textContent !== text", waiting);
            assertThat(page.locator("#create").textContent()).matches("Create \\(wait \\d+ s\\)");

            // One column, nothing wider than the screen.
            double orderBottom = (Double) page.evaluate("document.querySelector('.order').getBoundingClientRect().bottom");
            double playerTop = (Double) page.evaluate("document.querySelector('.player').getBoundingClientRect().top");
            assertThat(playerTop).isGreaterThan(orderBottom);
            assertThat(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
            page.evaluate("window.scrollTo(0, 0)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/create-narrow.png")).setFullPage(true));
        }
        assertThat(errors).allMatch(error -> error.contains("status of 402") || error.contains("status of 429"));
    }

    @Test
    void tracksArePagedPickedAndDeletedAndTheSessionSurvivesAReload() {
        String email = signUp(server);
        List<String> prompts = List.of("first: slow piano ballad", "second: upbeat funk with bass", "third: dark cinematic drones");
        for (String prompt : prompts) {
            fillOrder(prompt, 5);
            create();
        }
        awaitAllTracksComplete();
        // Pages of two, so that three tracks need the "more" button.
        page.route(url -> url.contains("/api/tracks?"), route -> route.resume(new Route.ResumeOptions()
                .setUrl(route.request().url().replace("limit=10", "limit=2"))));
        page.reload();
        page.waitForSelector("#tracks li");
        assertThat(page.locator("#sign-in").isHidden()).isTrue();
        assertThat(page.locator("#tracks .track-prompt").allTextContents()).containsExactly(prompts.get(2), prompts.get(1));
        page.click("#more");
        page.waitForSelector("#tracks li:nth-child(3)");
        assertThat(page.locator("#tracks .track-prompt").allTextContents()).containsExactly(prompts.get(2), prompts.get(1), prompts.get(0));
        assertThat(page.locator("#more").isHidden()).isTrue();

        // Pick the oldest: it plays.
        Locator oldest = page.locator("#tracks li").nth(2);
        String oldestId = oldest.getAttribute("data-track-id");
        oldest.locator(".track-pick").click();
        page.waitForSelector("#player-body");
        assertThat(page.locator("#player-prompt").textContent()).isEqualTo(prompts.get(0));
        assertThat(oldest.locator(".track-pick").getAttribute("aria-current")).isEqualTo("true");
        page.waitForFunction("() => " + AUDIO + ".readyState >= 1");

        // Delete it, after saying yes.
        List<String> questions = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            questions.add(dialog.message());
            dialog.accept();
        });
        page.locator("#tracks li").nth(2).locator(".track-delete").click();
        page.waitForFunction("() => document.querySelectorAll('#tracks li').length === 2");
        assertThat(questions).singleElement(InstanceOfAssertFactories.STRING).startsWith("Delete “" + prompts.get(0) + "”?");
        assertThat(page.locator("#player-body").isHidden()).isTrue();
        assertThat(page.request().get(server.uri("/api/tracks/" + oldestId).toString()).status()).isEqualTo(404);

        // Sign out, a wrong password, then back in.
        page.click("#sign-out");
        page.waitForSelector("#sign-in");
        assertThat(page.locator("#studio").isHidden()).isTrue();
        assertThat(page.locator("#account").isHidden()).isTrue();
        page.fill("#email", email);
        page.fill("#password", "not the right passphrase");
        page.click("#sign-in-button");
        page.waitForSelector("#sign-in-problem[data-status='401']");
        assertThat(page.locator("#sign-in-problem .problem-title").textContent()).isEqualTo("Wrong email or password");
        page.fill("#password", PASSWORD);
        page.keyboard().press("Enter");
        page.waitForSelector("#studio");
        page.waitForSelector("#tracks li");
        assertThat(page.locator("#tracks .track-prompt").allTextContents()).containsExactly(prompts.get(2), prompts.get(1));
        assertThat(errors).allMatch(error -> error.contains("status of 401"));
    }

    @Test
    void aTrackTheProviderRefusesFailsWithItsReasonAndItsCreditsComeBack() throws IOException {
        // Replicate's predictions API, refusing every prompt as a content error: the one failure no provider is asked again for.
        HttpServer replicate = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> created = new CopyOnWriteArrayList<>();
        replicate.createContext("/v1/", exchange -> {
            created.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = "{\"detail\": \"the prompt was flagged by the safety checker\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(422, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        replicate.start();
        Map<String, String> environment = Map.of("MUSIC_PROVIDER", "replicate", "REPLICATE_API_TOKEN", "r8_test",
                "REPLICATE_BASE_URL", "http://127.0.0.1:" + replicate.getAddress().getPort() + "/v1");
        try (TestServer refusing = foundryServer("", environment)) {
            signUp(refusing);
            String balance = page.locator("#credits").textContent();
            fillOrder("a song about something forbidden", 5);
            page.click("#create");
            page.waitForSelector("#job-state[data-state=FAILED]", new Page.WaitForSelectorOptions().setTimeout(RENDER_TIMEOUT_MS));

            assertThat(created).isNotEmpty().allMatch(request -> request.startsWith("POST /v1/models/") && request.endsWith("/predictions"));
            assertThat(page.locator("#job-state").textContent()).isEqualTo("failed");
            assertThat(page.locator("#job-problem").isVisible()).isTrue();
            assertThat(page.locator("#job-problem .problem-detail").textContent()).contains("the prompt was flagged by the safety checker");
            assertThat(page.locator("#job-provider").textContent()).isEqualTo("provider: replicate");
            assertThat(page.locator("#player-body").isHidden()).isTrue();
            page.waitForSelector("#tracks li[data-status=FAILED]");
            assertThat(page.locator("#tracks .track-status").textContent()).isEqualTo("failed");
            page.waitForSelector("#credits:text-is('%s')".formatted(balance));

            // Picking the failed track again shows why it failed.
            page.reload();
            page.locator("#tracks li .track-pick").click();
            page.waitForSelector("#job-state[data-state=FAILED]");
            assertThat(page.locator("#job-problem .problem-detail").textContent()).contains("the prompt was flagged by the safety checker");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/create-failed.png")).setFullPage(true));
        } finally {
            replicate.stop(0);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theIndexLinksToTheCreatePage() {
        page.navigate(server.uri("/site/").toString());
        page.click("text=Create a track");
        page.waitForSelector("#sign-in");
        assertThat(page.url()).endsWith(PAGE);
        assertThat(page.title()).isEqualTo("Create a track — SoundFoundry — Code Live");
        assertThat(page.locator("#email").evaluate("e => e === document.activeElement")).isEqualTo(true);

        // Without the slash too: the page names its files by absolute paths.
        page.navigate(server.uri("/site/create").toString());
        page.waitForSelector("#sign-in");
        assertThat(page.evaluate("getComputedStyle(document.querySelector('.sign-in')).borderRadius")).isEqualTo("12px");
        assertThat(errors).isEmpty();
    }
}
