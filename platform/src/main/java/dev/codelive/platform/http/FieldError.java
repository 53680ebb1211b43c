package dev.codelive.platform.http;

/** One invalid input field: its snake_case path (e.g. {@code tracks[2].volume}) and what is wrong with it. */
public record FieldError(String field, String message) {}
