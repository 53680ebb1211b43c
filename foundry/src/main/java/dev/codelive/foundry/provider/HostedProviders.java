package dev.codelive.foundry.provider;

import java.net.http.HttpClient;
import java.util.List;

/** Builds the hosted providers from their settings, sharing one HTTP client configured by the policy. */
public final class HostedProviders {
    private HostedProviders() {}

    /** fal and Replicate; each reports itself unavailable when its key is not set. The chain adds {@code local}. */
    public static List<MusicProvider> create(ProviderSettings settings) {
        HttpClient client = ProviderHttp.newClient(settings.policy());
        return List.of(new FalProvider(settings.fal(), settings.policy(), client), new ReplicateProvider(settings.replicate(), settings.policy(), client));
    }
}
