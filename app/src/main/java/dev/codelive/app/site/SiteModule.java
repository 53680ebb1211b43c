package dev.codelive.app.site;

import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import dev.codelive.platform.server.StaticSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The web UI: static pages under {@code /site/}, the editor they use under {@code /site/vendor/}, and {@code /} leading there. */
public final class SiteModule implements ServerModule {
    // Where the pages load CodeMirror from: the version stays out of the URL, so no page names it.
    private static final String CODEMIRROR_PATH = "/site/vendor/codemirror";

    @Override
    public void register(Platform platform) {
        platform.addStaticSite(new StaticSite("/site", "/site"));
        platform.addStaticSite(new StaticSite(CODEMIRROR_PATH, webJarDirectory("org.webjars.npm", "codemirror")));
        platform.addRoute(redirectToSite("/", "The web UI's front door: redirects to /site/"));
        // Without the slash, the page's relative links (app.css, app.js) would resolve outside /site/.
        platform.addRoute(redirectToSite("/site", "Redirects to /site/"));
    }

    /**
     * The classpath directory of a WebJar's files. The version is read from the jar's own Maven metadata, so the
     * root pom's dependencyManagement stays the one place that names it.
     */
    static String webJarDirectory(String groupId, String artifactId) {
        String metadata = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = SiteModule.class.getResourceAsStream(metadata)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + groupId + ":" + artifactId + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return "/META-INF/resources/webjars/" + artifactId + "/" + properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metadata, e);
        }
    }

    private static Route redirectToSite(String path, String summary) {
        return Route.get(path)
                .summary(summary)
                .tag("site")
                .publicAccess()
                .notRateLimited()
                .responds(302, "Redirect to /site/")
                .handler(ctx -> ctx.redirect("/site/"));
    }
}
