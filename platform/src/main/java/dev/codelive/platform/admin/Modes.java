package dev.codelive.platform.admin;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.codelive.platform.events.EventBus;
import dev.codelive.platform.settings.Settings;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's operating mode and capability kill switches, kept in the shared settings table. A change is announced
 * on the event bus, so replicas sharing Redis follow it at once; each replica also re-reads the table within
 * {@link #PROPAGATION}, which is what keeps replicas without Redis, or ones that missed the event, in step.
 */
public final class Modes {
    /** How stale a replica's view may be without the event bus; the price of not asking the database on every request. */
    public static final Duration PROPAGATION = Duration.ofSeconds(2);
    /** Published after every change, so that other replicas re-read the settings at once. */
    public static final String CHANGED = "admin.modes.changed";
    private static final String MODE = "mode";
    private static final String CAPABILITY = "capability.";

    /** What the server serves. */
    public enum Mode {
        /** Everything. */
        NORMAL,
        /** Reads for everyone; writes only for admins and essential routes. */
        MAINTENANCE,
        /** Essential routes only: probes, metrics, sign-in, admin. */
        EMERGENCY;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode of(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    private final Settings settings;
    private final EventBus events;
    private final LoadingCache<String, Map<String, String>> snapshot;

    public Modes(Settings settings, EventBus events) {
        this.settings = settings;
        this.events = events;
        // Refresh rather than expire: a failed reload (database away) keeps serving the last known modes.
        this.snapshot = Caffeine.newBuilder().refreshAfterWrite(PROPAGATION).maximumSize(1).build(ignored -> settings.all());
        events.subscribe(CHANGED, event -> snapshot.invalidateAll());
        events.subscribe(EventBus.RESYNC, event -> snapshot.invalidateAll());
    }

    public Mode mode() {
        return Mode.of(snapshot.get("all").getOrDefault(MODE, Mode.NORMAL.wire()));
    }

    public boolean capabilityEnabled(String capability) {
        return !"disabled".equals(snapshot.get("all").get(CAPABILITY + capability));
    }

    /** Every capability an admin has switched, by name: true when on. Never-switched ones are on and not listed. */
    public Map<String, Boolean> capabilities() {
        Map<String, Boolean> capabilities = new TreeMap<>();
        snapshot.get("all").forEach((name, value) -> {
            if (name.startsWith(CAPABILITY)) {
                capabilities.put(name.substring(CAPABILITY.length()), !"disabled".equals(value));
            }
        });
        return capabilities;
    }

    public void setMode(Mode mode, String actorId) {
        settings.put(MODE, mode.wire(), actorId);
        changed(MODE);
    }

    public void setCapability(String capability, boolean enabled, String actorId) {
        settings.put(CAPABILITY + capability, enabled ? "enabled" : "disabled", actorId);
        changed(CAPABILITY + capability);
    }

    private void changed(String setting) {
        snapshot.invalidateAll();
        events.publish(CHANGED, Map.of("setting", setting));
    }
}
