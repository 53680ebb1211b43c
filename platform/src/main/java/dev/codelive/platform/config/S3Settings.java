package dev.codelive.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * S3-compatible blob storage, from {@code S3_ENDPOINT}, {@code S3_BUCKET}, {@code S3_ACCESS_KEY}, {@code S3_SECRET_KEY}
 * and {@code S3_REGION} (all or none) plus {@code S3_PATH_STYLE}.
 *
 * @param endpoint the service, e.g. {@code https://s3.eu-central-1.amazonaws.com} or {@code http://minio:9000}
 * @param bucket an existing bucket
 * @param accessKey the access key id
 * @param secretKey the secret; never printed
 * @param region the signing region, e.g. {@code eu-central-1} ({@code us-east-1} for most S3-compatible servers)
 * @param pathStyle {@code endpoint/bucket/key} addressing instead of {@code bucket.endpoint/key}
 */
public record S3Settings(URI endpoint, String bucket, String accessKey, String secretKey, String region, boolean pathStyle) {
    static final List<String> REQUIRED = List.of("S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY", "S3_SECRET_KEY", "S3_REGION");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** Absent when none of the variables is set; a partial set is an error naming the first missing one. */
    static Optional<S3Settings> from(Environment env) {
        List<String> present = REQUIRED.stream().filter(name -> env.string(name).isPresent()).toList();
        if (present.isEmpty()) {
            if (env.string("S3_PATH_STYLE").isPresent()) {
                throw new ConfigException("S3_PATH_STYLE", "set without S3 storage; S3 needs " + String.join(", ", REQUIRED));
            }
            return Optional.empty();
        }
        for (String name : REQUIRED) {
            if (!present.contains(name)) {
                throw new ConfigException(name, "is required because " + present.getFirst() + " is set (S3 storage needs "
                        + String.join(", ", REQUIRED) + ")");
            }
        }
        return Optional.of(new S3Settings(
                endpoint(env.string("S3_ENDPOINT").orElseThrow()),
                check("S3_BUCKET", env.string("S3_BUCKET").orElseThrow(), BUCKET, "3 to 63 characters of a-z, 0-9, '.' and '-'"),
                env.string("S3_ACCESS_KEY").orElseThrow(),
                env.string("S3_SECRET_KEY").orElseThrow(),
                check("S3_REGION", env.string("S3_REGION").orElseThrow(), REGION, "a region name such as eu-central-1"),
                bool("S3_PATH_STYLE", env.string("S3_PATH_STYLE").orElse("true"))));
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle + "]";
    }

    private static URI endpoint(String raw) {
        try {
            URI uri = new URI(raw);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null && uri.getRawUserInfo() == null;
            if (web && uri.getHost() != null && bare) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        // Credentials belong in S3_ACCESS_KEY and S3_SECRET_KEY; a URL that carries some is not repeated into the log.
        String shown = raw.contains("@") ? "a URL with credentials" : "'" + raw + "'";
        throw new ConfigException("S3_ENDPOINT", "expected http(s)://host[:port] without path or credentials, got " + shown);
    }

    private static String check(String name, String value, Pattern pattern, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw new ConfigException(name, "expected " + expected + ", got '" + value + "'");
        }
        return value;
    }

    private static boolean bool(String name, String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(name, "expected true or false, got '" + raw + "'");
        };
    }
}
