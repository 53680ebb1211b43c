package dev.codelive.codelive.backend;

import java.util.List;

/**
 * A backend as {@code GET /render/backends} lists it.
 *
 * @param name the API name
 * @param language the language and the version its output targets, e.g. "Rust (stable, edition 2021)"
 * @param toolchain how to build and run the output, e.g. "rustc -O main.rs && ./main"
 * @param knobs the knobs it honours; the others are ignored with a warning
 * @param refuses the constructs of the subset it refuses, in words
 */
public record BackendInfo(String name, String language, String toolchain, List<String> knobs, List<String> refuses) {
    public BackendInfo {
        knobs = List.copyOf(knobs);
        refuses = List.copyOf(refuses);
    }
}
