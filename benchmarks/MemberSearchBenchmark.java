import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times GET /api/membership/members on a running local stack (./run.sh --demo-members 200000): a bounded number
 * of sequential requests per query kind, p50/p95/max per kind. Talks to localhost only and stops by itself.
 * Run through benchmarks/member-search.sh; single-file Java (JDK 17+), no dependencies.
 */
public class MemberSearchBenchmark {

    static final String TOKEN_URL = "http://localhost:8180/realms/party/protocol/openid-connect/token";
    static final String TRANSPORT_DEPARTMENT = "00000000-0000-4000-8000-000000000010";
    static final String BLOC = "00000000-0000-4000-8000-000000000001";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String base = options.getOrDefault("base", "http://localhost:8081");
        int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        Duration budget = Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-seconds", "600")));
        // the gateway limits each client to 600 requests a minute: stay under it when measuring through it
        long pauseMillis = Long.parseLong(options.getOrDefault("pause-ms", base.contains(":8080") ? "110" : "0"));
        URI baseUri = URI.create(base);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(baseUri.getHost())) {
            throw new IllegalArgumentException("refusing to send traffic anywhere but localhost: " + base);
        }
        if (requests < 1 || requests > 2000 || warmup < 0 || warmup > 200) {
            throw new IllegalArgumentException("--requests must be 1..2000 and --warmup 0..200");
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Token token = new Token(http, options.getOrDefault("user", "admin"), options.getOrDefault("password", "admin"));
        String members = base + "/api/membership/members";

        // what the data looks like: its size, and real card numbers to search for
        String firstPage = get(http, token, members + "?size=200&page=7").body();
        long total = Long.parseLong(field(firstPage, "totalItems"));
        List<String> cards = new ArrayList<>();
        Matcher card = Pattern.compile("\"partyCardNumber\":\"(\\d{12})\"").matcher(firstPage);
        while (card.find()) {
            cards.add(card.group(1));
        }
        if (cards.isEmpty()) {
            throw new IllegalStateException("no card numbers in the first page: is the demo register loaded?");
        }
        System.out.printf("Register: %,d members visible to %s at %s; %d requests per kind (+%d warm-up), sequential%s%n%n",
                total, token.user, base, requests, warmup, pauseMillis > 0 ? ", " + pauseMillis + " ms apart" : "");

        String[] names = {"nguyen van", "tran thi", "le van cuong", "pham thi hoa", "hoang duc", "nguyen thi thu ha",
                "vu minh", "dang van hung"};
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("name, accent-insensitive (q=\"nguyen van\", …)", i -> members + "?q=" + encode(names[i % names.length]));
        kinds.put("card number digits (q=8 digits)", i -> {
            String number = cards.get(i % cards.size());
            return members + "?q=" + number.substring(2 + i % 3, 10 + i % 3);
        });
        kinds.put("subtree + status + gender + age (đảng bộ cơ sở …0010)", i -> members + "?organizationId=" + TRANSPORT_DEPARTMENT
                + "&status=OFFICIAL&gender=" + (i % 2 == 0 ? "FEMALE" : "MALE") + "&minAge=30&maxAge=" + (45 + i % 10));
        kinds.put("whole bloc + status + gender + age (…0001)", i -> members + "?organizationId=" + BLOC
                + "&status=OFFICIAL&status=PROBATIONARY&gender=" + (i % 2 == 0 ? "FEMALE" : "MALE") + "&minAge=30&maxAge="
                + (45 + i % 10));
        kinds.put("page 50 of the whole list (size 20, name order)", i -> members + "?page=50&size=20");

        long deadline = System.nanoTime() + budget.toNanos();
        System.out.printf("%-58s %8s %8s %8s %8s %10s%n", "query kind", "p50 ms", "p95 ms", "max ms", "mean ms", "hits (1st)");
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            long[] nanos = new long[requests];
            String matches = "";
            for (int i = -warmup; i < requests; i++) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("time budget of " + budget.toSeconds() + " s used up; stopping");
                }
                String url = kind.getValue().apply(i + warmup);
                long begin = System.nanoTime();
                HttpResponse<String> response = get(http, token, url);
                long took = System.nanoTime() - begin;
                if (i >= 0) {
                    nanos[i] = took;
                }
                if (i == 0) {
                    matches = field(response.body(), "totalItems");
                }
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-58s %8.1f %8.1f %8.1f %8.1f %10s%n", kind.getKey(), ms(percentile(nanos, 50)),
                    ms(percentile(nanos, 95)), ms(nanos[nanos.length - 1]), ms(Arrays.stream(nanos).sum() / nanos.length),
                    matches);
        }
    }

    static HttpResponse<String> get(HttpClient http, Token token, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token.value()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** A password-grant token (party-cli, local development only), renewed a minute before it expires. */
    static final class Token {
        final HttpClient http;
        final String user;
        final String password;
        String value;
        long expiresAt;

        Token(HttpClient http, String user, String password) {
            this.http = http;
            this.user = user;
            this.password = password;
        }

        String value() throws Exception {
            if (value == null || System.nanoTime() > expiresAt) {
                String form = "grant_type=password&client_id=party-cli&username=" + encode(user) + "&password="
                        + encode(password);
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no token from Keycloak (" + response.statusCode() + "): "
                            + response.body() + "\nIs the local stack running (./run.sh)?");
                }
                value = field(response.body(), "access_token");
                long lifetime = Long.parseLong(field(response.body(), "expires_in"));
                expiresAt = System.nanoTime() + Duration.ofSeconds(Math.max(10, lifetime - 60)).toNanos();
            }
            return value;
        }
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return matcher.group(1);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--base URL] [--requests N] [--warmup N] [--user U]"
                        + " [--password P] [--pause-ms N] [--max-seconds N]; got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
