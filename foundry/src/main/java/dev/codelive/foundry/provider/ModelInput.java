package dev.codelive.foundry.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request in a hosted model's terms: the fields it names, the length in whole seconds, a seed it accepts. */
final class ModelInput {
    private ModelInput() {}

    static ObjectNode of(InputFields fields, MusicRequest request) {
        ObjectNode input = ProviderHttp.json().createObjectNode();
        input.put(fields.prompt(), prompt(request));
        // Hosted music models take whole seconds; rounding up keeps the track at least as long as asked (the job trims).
        fields.duration().ifPresent(name -> input.put(name, (int) Math.ceil(request.durationSeconds())));
        // Models take a 32-bit seed; masking keeps it repeatable and non-negative (-1 often means "random").
        fields.seed().ifPresent(name -> input.put(name, request.seed() & 0x7FFF_FFFFL));
        return input;
    }

    /** The prompt, with the vocals choice said in words: the hosted models we target have no separate switch for it. */
    static String prompt(MusicRequest request) {
        return request.prompt().strip() + (request.hasVocals() ? ", with vocals" : ", instrumental, no vocals");
    }

    /** A progress fraction for remote work of unknown length: rises quickly at first, never reaches {@code to}. */
    static double waiting(double from, double to, long elapsedMillis, double expectedSeconds) {
        double share = 1 - Math.exp(-elapsedMillis / (1000.0 * Math.max(1, expectedSeconds)));
        return from + (to - from) * share;
    }
}
