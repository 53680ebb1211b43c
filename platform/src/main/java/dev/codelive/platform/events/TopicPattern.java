package dev.codelive.platform.events;

import java.util.regex.Pattern;

/** A subscription's topic: exact, or a prefix ending in {@code *}. */
record TopicPattern(String text, String prefix, boolean wildcard) {
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]{0,199}");

    static TopicPattern parse(String pattern) {
        if (pattern == null) {
            throw new IllegalArgumentException("topic pattern is required");
        }
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            if (!prefix.isEmpty() && !TOPIC.matcher(prefix).matches()) {
                throw new IllegalArgumentException("malformed topic pattern '" + pattern + "': expected a topic prefix followed by '*'");
            }
            return new TopicPattern(pattern, prefix, true);
        }
        return new TopicPattern(checkTopic(pattern), pattern, false);
    }

    static String checkTopic(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("malformed topic '" + topic
                    + "': expected 1-200 characters of A-Z a-z 0-9 _ . : -, not starting with . : or -");
        }
        return topic;
    }

    boolean matches(String topic) {
        return wildcard ? topic.startsWith(prefix) : topic.equals(prefix);
    }
}
