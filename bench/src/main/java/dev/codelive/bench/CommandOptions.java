package dev.codelive.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A bench command's {@code --name value} options, each allowed name at most once. */
record CommandOptions(Map<String, String> values) {
    /** The options of the JMH commands: thread counts, rounds, and JMH's iteration settings for trial runs. */
    static final Set<String> JMH = Set.of("threads", "rounds", "warmup-iterations", "iterations", "time");

    CommandOptions {
        values = Map.copyOf(values);
    }

    static CommandOptions parse(String[] args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown option: " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            if (values.put(name, args[i + 1]) != null) {
                throw new IllegalArgumentException(args[i] + " given twice");
            }
        }
        return new CommandOptions(values);
    }

    List<String> list(String name, String fallback) {
        return Arrays.stream(values.getOrDefault(name, fallback).split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    List<Integer> integers(String name, String fallback) {
        return list(name, fallback).stream().map(item -> positive(name, item)).toList();
    }

    int integer(String name, int fallback) {
        return optionalInteger(name).orElse(fallback);
    }

    Optional<Integer> optionalInteger(String name) {
        return Optional.ofNullable(values.get(name)).map(item -> positive(name, item));
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static int positive(String name, String item) {
        try {
            int value = Integer.parseInt(item);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " takes whole numbers above 0, got '" + item + "'");
    }
}
