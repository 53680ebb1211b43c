package dev.codelive.platform.server;

import dev.codelive.platform.admin.ModeGate;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.config.Policy;
import dev.codelive.platform.http.ClientAddresses;
import dev.codelive.platform.http.ErrorMapping;
import dev.codelive.platform.http.edge.CorsHandler;
import dev.codelive.platform.http.edge.CorsPolicy;
import dev.codelive.platform.http.edge.ObservationHandler;
import dev.codelive.platform.http.edge.ProblemErrorHandler;
import dev.codelive.platform.http.edge.RequestTargetLimitHandler;
import dev.codelive.platform.http.edge.SecurityHeaders;
import dev.codelive.platform.http.edge.SecurityHeadersHandler;
import dev.codelive.platform.http.gate.BodySizeGate;
import dev.codelive.platform.http.gate.RateLimitGate;
import dev.codelive.platform.http.gate.RouteTagger;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.RouteMetadata;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of the process: Jetty 12 running handlers on virtual threads, with the platform's edge
 * handlers in front of Javalin's router.
 *
 * <p>Handler chain, outermost first: graceful drain → observation (request id, metrics, access log) → security
 * headers → URL length → CORS → gzip → Javalin (route tag, authentication, modes, rate limit, body size, route,
 * problem mapping).
 */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Platform platform;
    private final Javalin javalin;

    public HttpServer(Platform platform, List<ServerModule> modules) {
        this.platform = platform;
        modules.forEach(module -> module.register(platform));
        for (Route route : platform.routes()) {
            route.rateClass().filter(rateClass -> !platform.rateLimiter().knows(rateClass)).ifPresent(rateClass -> {
                throw new IllegalStateException("route " + route.method() + " " + route.path() + " uses undeclared rate class '" + rateClass + "'");
            });
        }
        this.javalin = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        Policy.HttpPolicy http = platform.policy().http();
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.concurrency.useVirtualThreads = true;
        config.jetty.host = platform.config().host();
        config.jetty.port = platform.config().port();
        config.unsafe.jettyInternal.server = jettyServer();
        config.jetty.modifyHttpConfiguration(httpConfig -> {
            httpConfig.setRequestHeaderSize(http.maxHeaderBytes());
            httpConfig.setSendServerVersion(false);
            httpConfig.setSendXPoweredBy(false);
        });
        config.http.maxRequestSize = http.maxBodyBytes();
        config.http.prefer405over404 = true;
        // Jetty's GzipHandler compresses every response, errors included; Javalin's own would only see its results.
        config.http.compressionStrategy = CompressionStrategy.NONE;
        config.jsonMapper(new JavalinJackson(platform.json(), true));

        new ErrorMapping(platform.problems()).install(config);
        config.routes.beforeMatched(new RouteTagger());
        config.routes.beforeMatched(new AuthenticationGate(platform.tokens()));
        config.routes.beforeMatched(new ModeGate(platform.modes()));
        config.routes.beforeMatched(new RateLimitGate(platform.rateLimiter(), platform.httpMetrics()));
        config.routes.beforeMatched(new BodySizeGate(http.maxBodyBytes(), platform.httpMetrics()));
        config.router.ignoreTrailingSlashes = false;
        config.routes.after(HttpServer::cacheHeaders);
        for (Route route : platform.routes()) {
            config.routes.addEndpoint(Endpoint.create(handlerType(route.method()), route.path())
                    .addMetadata(new RouteMetadata(route))
                    .handler(route.handler()));
        }
        for (StaticSite site : platform.staticSites()) {
            config.staticFiles.add(files -> {
                files.hostedPath = site.hostedPath();
                files.directory = site.classpathDirectory();
                files.location = Location.CLASSPATH;
                // Revalidate every time: the ETag makes that a cheap 304, and a new release is never stale.
                files.headers = Map.of("Cache-Control", "no-cache");
            });
        }
    }

    private static void cacheHeaders(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (contentType != null && contentType.startsWith("application/json") && ctx.res().getHeader("Cache-Control") == null) {
            ctx.header("Cache-Control", "no-store");
        }
        // Javalin's static handler answers 304 without the ETag that RFC 9110 requires; a 304 means the
        // client's tag matched, so it is the one to send back.
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ctx.statusCode() == 304 && ctx.res().getHeader("ETag") == null && ifNoneMatch != null && !ifNoneMatch.contains(",")) {
            ctx.header("ETag", ifNoneMatch.trim());
        }
    }

    private Server jettyServer() {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("http");
        // Platform threads only accept and select; every request runs on its own virtual thread.
        threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("http-vt-", 0).factory()));
        Server server = new Server(threads);
        server.setStopTimeout(platform.config().shutdownDrain().toMillis());
        server.setStopAtShutdown(false); // the application's shutdown hook orders the stop

        SecurityHeaders securityHeaders = new SecurityHeaders(platform.config().cspConnectSources());
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(platform.policy().http().compressionMinBytes());
        gzip.setIncludedMethods("GET", "POST", "PUT", "PATCH", "DELETE");
        server.setHandler(chain(
                new GracefulHandler(),
                new ObservationHandler(new ClientAddresses(platform.config().trustedProxies()), platform.httpMetrics()),
                new SecurityHeadersHandler(securityHeaders),
                new RequestTargetLimitHandler(platform.policy().http().maxUrlLength(), platform.problems()),
                new CorsHandler(new CorsPolicy(platform.config().corsOrigins()), platform.problems()),
                gzip));
        server.setErrorHandler(new ProblemErrorHandler(platform.problems(), securityHeaders));
        server.getMimeTypes().addInferred("text/plain", "utf-8");
        return server;
    }

    /** Nests wrappers in order; Javalin attaches its servlet context inside the innermost one. */
    private static Handler chain(Handler.Wrapper... wrappers) {
        for (int i = 0; i < wrappers.length - 1; i++) {
            wrappers[i].setHandler(wrappers[i + 1]);
        }
        return wrappers[0];
    }

    private static HandlerType handlerType(String method) {
        return switch (method) {
            case "GET" -> HandlerType.GET;
            case "POST" -> HandlerType.POST;
            case "PUT" -> HandlerType.PUT;
            case "PATCH" -> HandlerType.PATCH;
            case "DELETE" -> HandlerType.DELETE;
            default -> throw new IllegalArgumentException("unsupported route method " + method);
        };
    }

    /** Binds the port and starts warm-up in the background; {@code /ready} reports when it is done. */
    public HttpServer start() {
        javalin.start();
        Thread.ofVirtual().name("warmup").start(platform.readiness()::warmUp);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /**
     * Graceful stop: report unready, stop accepting requests and claiming jobs, let in-flight requests and running
     * jobs finish within the drain deadline, then close the platform's pools.
     */
    public void stop() {
        platform.readiness().drain();
        platform.jobs().drain();
        long start = System.nanoTime();
        try {
            javalin.stop();
        } catch (JavalinException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
            // Jetty has stopped anyway; the requests still running past the deadline were cut off.
            LOG.warn("drain deadline of {} s passed with requests still in flight; they were cut off",
                    platform.config().shutdownDrain().toSeconds());
        } finally {
            platform.close();
        }
        LOG.info("server stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Every method and path the router knows, for checking that the API reference covers them all. */
    public List<String> registeredEndpoints() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }
}
