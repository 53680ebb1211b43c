package dev.codelive.foundry.provider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order the chain tries providers in: the one a request names, then {@code MUSIC_PROVIDER}'s choice, then the
 * other hosted ones (fal before replicate), then {@code local}. The local composer always works, so the chain ends
 * there: with {@code MUSIC_PROVIDER=local} no prompt leaves the server unless a request names a hosted provider.
 */
final class ProviderOrder {
    private ProviderOrder() {}

    static List<String> of(String primary, Optional<String> requested) {
        Set<String> order = new LinkedHashSet<>();
        requested.ifPresent(order::add);
        order.add(primary);
        order.add(ProviderSettings.FAL);
        order.add(ProviderSettings.REPLICATE);
        order.add(ProviderSettings.LOCAL);
        List<String> names = new ArrayList<>(order);
        return List.copyOf(names.subList(0, names.indexOf(ProviderSettings.LOCAL) + 1));
    }
}
