package dev.codelive.app.site;

import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import dev.codelive.platform.server.StaticSite;

/** The web UI: static pages under {@code /site/}, and {@code /} leading there. */
public final class SiteModule implements ServerModule {

    @Override
    public void register(Platform platform) {
        platform.addStaticSite(new StaticSite("/site", "/site"));
        platform.addRoute(redirectToSite("/", "The web UI's front door: redirects to /site/"));
        // Without the slash, the page's relative links (app.css, app.js) would resolve outside /site/.
        platform.addRoute(redirectToSite("/site", "Redirects to /site/"));
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
