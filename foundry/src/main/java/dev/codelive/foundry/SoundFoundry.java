package dev.codelive.foundry;

import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.foundry.api.TracksApi;
import dev.codelive.foundry.compose.LocalProvider;
import dev.codelive.foundry.credits.CreditLedger;
import dev.codelive.foundry.provider.HostedProviders;
import dev.codelive.foundry.provider.MusicProvider;
import dev.codelive.foundry.provider.ProviderChain;
import dev.codelive.foundry.provider.ProviderMetrics;
import dev.codelive.foundry.provider.ProviderSettings;
import dev.codelive.foundry.render.FlacCopies;
import dev.codelive.foundry.render.FoundryMetrics;
import dev.codelive.foundry.render.TrackAudio;
import dev.codelive.foundry.render.TrackFailures;
import dev.codelive.foundry.render.TrackJobPresenter;
import dev.codelive.foundry.render.TrackMaker;
import dev.codelive.foundry.render.TrackSweeper;
import dev.codelive.foundry.render.WorkRoot;
import dev.codelive.foundry.tracks.TrackOrders;
import dev.codelive.foundry.tracks.TrackStore;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.config.RateLimitSpec;
import dev.codelive.platform.http.BlobDownload;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SoundFoundry's entry point: prompt-to-track jobs over the provider chain, tracks, credits and the audio API. */
public final class SoundFoundry {
    private static final Logger LOG = LoggerFactory.getLogger(SoundFoundry.class);

    private SoundFoundry() {}

    /** The module, configured from {@code env} (providers, soundfont) and the server's policy ({@code modules.foundry}). */
    public static ServerModule module(Environment env) {
        return platform -> register(platform, env);
    }

    private static void register(Platform platform, Environment env) {
        FoundryPolicy policy = new PolicyLoader().bindModule(platform.policy(), FoundryPolicy.SECTION, FoundryPolicy.class);
        Clock clock = Clock.systemUTC();
        platform.ownedRows().declare(TrackStore.OWNED_TABLE);
        platform.ownedRows().declare(CreditLedger.ACCOUNTS);
        platform.ownedRows().declare(CreditLedger.ENTRIES);
        platform.rateLimiter().declare(TracksApi.RATE_CLASS, RateLimitSpec.of(5, RateLimitSpec.Period.MINUTE));
        platform.rateLimiter().declare(TracksApi.RATE_CLASS + ".pro", RateLimitSpec.of(20, RateLimitSpec.Period.MINUTE));

        ProviderSettings settings = ProviderSettings.from(env.variables(), policy.providers());
        LocalProvider local = new LocalProvider(env.variables(), policy.tracks().sampleRate());
        List<MusicProvider> providers = new ArrayList<>(HostedProviders.create(settings));
        providers.add(local);
        ProviderChain chain = new ProviderChain(providers, settings, new ProviderMetrics(platform.metrics()));
        LOG.info("SoundFoundry: providers in order {}; local renders with {}", chain.order(Optional.empty()), local.renderer());

        FoundryMetrics metrics = new FoundryMetrics(platform.metrics());
        TrackStore tracks = new TrackStore(platform.database().jdbi(), platform.ownedRows(), platform.json());
        CreditLedger credits = new CreditLedger(platform.ownedRows(), policy.credits().signupGrant(), clock);
        TrackAudio audio = new TrackAudio(platform.blobs(), new AudioDecoder(), policy.tracks().sampleRate());
        TrackFailures failures = new TrackFailures(tracks, credits, metrics, clock);
        TrackOrders orders = new TrackOrders(platform.ownedRows(), tracks, credits, platform.jobs(), policy.tracks().jobAttempts(), clock);

        WorkRoot work = WorkRoot.clean(platform.config().dataDir().resolve("foundry").resolve("work"));
        platform.jobs().register(TrackOrders.QUEUE, new TrackMaker(tracks, chain, audio, failures, metrics, work.path(), clock));
        platform.jobs().present(TrackOrders.QUEUE, new TrackJobPresenter(tracks));
        TrackSweeper sweeper = platform.closeOnShutdown("track sweeper", new TrackSweeper(tracks, orders, failures, platform.jobs(),
                Duration.ofSeconds(policy.sweepIntervalSeconds()), clock));
        sweeper.start();

        FlacCopies flacCopies = new FlacCopies(platform.blobs(), new AudioDecoder(), work.path(), metrics);
        new TracksApi(policy, orders, tracks, audio, flacCopies, failures, credits, chain, platform.jobs(),
                new BlobDownload(platform.blobs()), metrics, platform.bodies()).register(platform);
    }
}
