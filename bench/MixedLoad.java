import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed traffic of many mothers at once, JDK only (run as a single-file program; bench/two-instances.sh).
 * Each thread is one browser with its own cookies, going again and again through a journey a new
 * mother takes: browse the library, answer the assessment (the API and the form), register, do
 * today's practice session (pain before, the exercises, pain after), look at her progress, sign
 * out, sign in again and look once more. Every response is counted by kind and status; every
 * practice session the server acknowledged is written down, to be checked against the database.
 *
 * <pre>
 *   java bench/MixedLoad.java load BASE_URL SECONDS MOTHERS OUT_DIR
 *       prints a table of requests per kind and writes OUT_DIR/acknowledged.tsv (email, pain before,
 *       pain after or \N when the day was only started or stopped for pain); exits 1 on any 5xx,
 *       connection error or unexpected status
 *   java bench/MixedLoad.java throttle BASE_URL_A BASE_URL_B EMAIL
 *       wrong passwords for one email, alternating between two instances, until the next attempt
 *       must wait; exits 1 unless both instances then say so
 * </pre>
 */
public class MixedLoad {

	static final String PASSWORD = "quiet evening stroll";

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern DONE = Pattern.compile("name=\"done\"[^>]*value=\"([^\"]+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public static void main(String[] args) throws Exception {
		if (args.length == 5 && args[0].equals("load")) {
			System.exit(load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4])));
		}
		else if (args.length == 4 && args[0].equals("throttle")) {
			System.exit(throttle(args[1], args[2], args[3]));
		}
		else {
			System.err.println("usage: load BASE SECONDS MOTHERS OUT_DIR | throttle BASE_A BASE_B EMAIL");
			System.exit(2);
		}
	}

	// ---------------------------------------------------------------- load

	static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();

	static final ConcurrentLinkedQueue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();

	static final ConcurrentLinkedQueue<String> PROBLEMS = new ConcurrentLinkedQueue<>();

	static final LongAdder STARTED = new LongAdder();

	static final LongAdder FINISHED = new LongAdder();

	static final LongAdder STOPPED = new LongAdder();

	static final LongAdder JOURNEYS = new LongAdder();

	static int load(String base, int seconds, int mothers, Path out) throws Exception {
		Catalogue catalogue = Catalogue.read(base);
		String run = Long.toString(System.currentTimeMillis(), 36);
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < mothers; t++) {
			int thread = t;
			threads.add(new Thread(() -> {
				for (int n = 0; System.nanoTime() < end; n++) {
					Mother mother = new Mother(base, end);
					try {
						mother.journey(catalogue, "m-" + run + "-" + thread + "-" + n + "@example.org");
						JOURNEYS.increment();
					}
					catch (Stop stop) {
						// the time is up, or the journey went wrong (already counted): begin a new one
					}
				}
			}));
		}
		long begin = System.nanoTime();
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join(TIMEOUT.toMillis() + Duration.ofSeconds(seconds).toMillis());
		}
		double elapsed = (System.nanoTime() - begin) / 1e9;
		Files.createDirectories(out);
		Files.write(out.resolve("acknowledged.tsv"), ACKNOWLEDGED);
		return report(elapsed, mothers);
	}

	static int report(double elapsed, int mothers) {
		long total = 0, serverErrors = 0, connectionErrors = 0, unexpected = 0;
		System.out.printf("%-32s %8s %7s %7s  %s%n", "request", "count", "p50 ms", "p99 ms", "statuses");
		for (Map.Entry<String, Kind> entry : new TreeMap<>(KINDS).entrySet()) {
			Kind kind = entry.getValue();
			long count = kind.count();
			total += count;
			serverErrors += kind.serverErrors();
			connectionErrors += kind.statuses.getOrDefault(0, new LongAdder()).sum();
			unexpected += kind.unexpected.sum();
			System.out.printf("%-32s %8d %7d %7d  %s%n", entry.getKey(), count, kind.percentile(0.5),
					kind.percentile(0.99), kind.describe());
		}
		System.out.printf("%d requests in %.0f s (%.0f/s) by %d mothers, %d journeys completed%n", total, elapsed,
				total / elapsed, mothers, JOURNEYS.sum());
		System.out.printf("practice sessions acknowledged: %d started (%d of them finished), %d stopped for pain%n",
				STARTED.sum(), FINISHED.sum(), STOPPED.sum());
		System.out.printf("5xx: %d, connection errors: %d, unexpected answers: %d%n", serverErrors, connectionErrors,
				unexpected);
		PROBLEMS.stream().limit(10).forEach(problem -> System.out.println("  " + problem));
		return serverErrors + connectionErrors + unexpected == 0 ? 0 : 1;
	}

	/** What the catalogue offers to browse, read once before the load. */
	record Catalogue(List<String> exercises, List<String> routines, List<String> learnPages) {

		static Catalogue read(String base) throws IOException, InterruptedException {
			return new Catalogue(links(base, "/exercises"), links(base, "/routines"), links(base, "/learn"));
		}

		static List<String> links(String base, String list) throws IOException, InterruptedException {
			String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + list)).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			List<String> links = new ArrayList<>();
			Matcher m = Pattern.compile("href=\"(" + list + "/[a-z0-9-]+)\"").matcher(page);
			while (m.find()) {
				links.add(m.group(1));
			}
			if (links.isEmpty()) {
				throw new IllegalStateException("no links on " + list);
			}
			return links;
		}

		String any(List<String> links) {
			return links.get(ThreadLocalRandom.current().nextInt(links.size()));
		}

	}

	/** One browser: its cookies, and the journey of one new mother. */
	static final class Mother {

		final String base;

		final long end;

		final Map<String, String> cookies = new HashMap<>();

		String page = "";

		Mother(String base, long end) {
			this.base = base;
			this.end = end;
		}

		void journey(Catalogue catalogue, String email) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			// Browsing, as a visitor.
			get("GET /", "/", 200);
			get("GET /exercises", "/exercises", 200);
			String[] filters = { "/exercises?category=core&phase=2", "/exercises?position=supine", "/exercises?page=2",
					"/exercises?q=bridge" };
			get("GET /exercises?filters", filters[random.nextInt(filters.length)], 200);
			get("GET /exercises/{slug}", catalogue.any(catalogue.exercises()), 200);
			get("GET /exercises/{slug}", catalogue.any(catalogue.exercises()), 200);
			get("GET /routines/{slug}", catalogue.any(catalogue.routines()), 200);
			get("GET /learn/{slug}", catalogue.any(catalogue.learnPages()), 200);
			get("GET /api/v1/exercises", "/api/v1/exercises?category=core", 200);
			send("POST /api/v1/assessments", HttpRequest.newBuilder(uri("/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"weeksSinceBirth\": " + (8 + random.nextInt(40))
						+ ", \"delivery\": \"VAGINAL\", \"clearedForExercise\": \"YES\", \"painNow\": "
						+ random.nextInt(6) + ", \"painTrend\": \"IMPROVING\"}")), 200);

			// The assessment by the form, before she has an account (registering makes it hers).
			get("GET /intake", "/intake", 200);
			String assessment = post("POST /intake", "/intake", 302, "weeksSinceBirth", "" + (8 + random.nextInt(40)),
					"delivery", "VAGINAL", "clearedForExercise", "YES", "painNow", "" + random.nextInt(6), "painTrend",
					"IMPROVING", "abdominalSeparation", "NO", "leakage", "NONE");
			get("GET /assessments/{id}", expectPath(assessment, "/assessments/"), 200);

			get("GET /register", "/register", 200);
			expectPath(post("POST /register", "/register", 302, "email", email, "password", PASSWORD,
					"confirmPassword", PASSWORD), "/account");
			get("GET /account", "/account?welcome", 200);

			// Today's practice session: pain before, the exercises, pain after.
			get("GET /today", "/today", 200);
			int before = random.nextInt(100) < 5 ? 8 + random.nextInt(3) : random.nextInt(100) < 15 ? 6 + random.nextInt(2)
					: random.nextInt(6);
			expectPath(post("POST /today/start", "/today/start", 302, "painBefore", "" + before), "/today");
			get("GET /today", "/today", 200);
			if (before >= 8) {
				expect(page.contains("id=\"stopped-heading\""), "GET /today", "no day stopped for pain");
				ACKNOWLEDGED.add(email + "\t" + before + "\t\\N");
				STOPPED.increment();
			}
			else {
				expect(page.contains("action=\"/today/finish\""), "GET /today", "no session started");
				ACKNOWLEDGED.add(email + "\t" + before + "\t\\N");
				STARTED.increment();
				List<String> form = new ArrayList<>();
				Matcher done = DONE.matcher(page);
				while (done.find()) {
					if (random.nextInt(10) > 0) {
						form.add("done");
						form.add(done.group(1));
					}
					else if (random.nextInt(3) == 0) {
						form.add("hurt");
						form.add(done.group(1));
					}
				}
				int after = random.nextInt(8);
				form.add("painAfter");
				form.add("" + after);
				expectPath(post("POST /today/finish", "/today/finish", 302, form.toArray(String[]::new)),
						"/today?saved");
				// Acknowledged: the redirect to "saved" came back.
				ACKNOWLEDGED.add(email + "\t" + before + "\t" + after);
				FINISHED.increment();
				get("GET /today", "/today?saved", 200);
				expect(!page.contains("action=\"/today/finish\""), "GET /today", "finished session shown as open");
			}
			get("GET /progress", "/progress", 200);
			get("GET /account", "/account", 200);
			post("POST /logout", "/logout", 302);

			// Back later: sign in and look again.
			get("GET /login", "/login", 200);
			expectPath(post("POST /login", "/login", 302, "email", email, "password", PASSWORD), "/account");
			get("GET /today", "/today", 200);
			// Her day as she left it, whichever instance answers.
			expect(before >= 8 ? page.contains("id=\"stopped-heading\"")
					: !page.contains("action=\"/today/finish\"") && !page.contains("action=\"/today/start\""),
					"GET /today", "today's session not as she left it");
			get("GET /progress", "/progress", 200);
			get("GET /account", "/account", 200);
			post("POST /logout", "/logout", 302);
		}

		URI uri(String path) {
			return URI.create(base + path);
		}

		void get(String kind, String path, int expected) {
			send(kind, HttpRequest.newBuilder(uri(path)).GET(), expected);
		}

		/** Posts the form with the CSRF token of the page shown last; returns the Location. */
		String post(String kind, String path, int expected, String... nameValues) {
			StringBuilder body = new StringBuilder();
			Matcher csrf = CSRF.matcher(page);
			if (csrf.find()) {
				body.append("_csrf=").append(URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
			}
			for (int i = 0; i < nameValues.length; i += 2) {
				body.append('&')
					.append(nameValues[i])
					.append('=')
					.append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
			}
			return send(kind, HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())), expected);
		}

		/** Sends with her cookies, counts the answer, keeps the page; stops the journey on anything unexpected. */
		String send(String kind, HttpRequest.Builder request, int expected) {
			if (System.nanoTime() > end) {
				throw new Stop();
			}
			if (!cookies.isEmpty()) {
				request.header("Cookie", String.join("; ", cookies.entrySet().stream()
					.map(c -> c.getKey() + "=" + c.getValue()).toList()));
			}
			Kind counter = KINDS.computeIfAbsent(kind, k -> new Kind());
			long start = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				counter.record(0, System.nanoTime() - start, true);
				PROBLEMS.add(kind + ": " + ex);
				throw new Stop();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Stop();
			}
			boolean wrong = response.statusCode() != expected;
			counter.record(response.statusCode(), System.nanoTime() - start, wrong);
			response.headers().allValues("Set-Cookie").forEach(this::remember);
			page = response.body();
			if (wrong) {
				PROBLEMS.add(kind + ": " + response.statusCode() + " instead of " + expected + " "
						+ response.headers().firstValue("Location").orElse(""));
				throw new Stop();
			}
			return response.headers().firstValue("Location").orElse("");
		}

		void remember(String setCookie) {
			String pair = setCookie.split(";", 2)[0];
			int eq = pair.indexOf('=');
			String name = pair.substring(0, eq).strip();
			String value = pair.substring(eq + 1).strip();
			if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}

		String expectPath(String location, String path) {
			URI uri = URI.create(location);
			String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			expect(relative.startsWith(path), "redirect", "to " + location + " instead of " + path);
			return relative;
		}

		void expect(boolean condition, String kind, String problem) {
			if (!condition) {
				KINDS.computeIfAbsent(kind, k -> new Kind()).unexpected.increment();
				PROBLEMS.add(kind + ": " + problem);
				throw new Stop();
			}
		}

	}

	/** Counts and latencies (1 ms buckets up to a minute) of one kind of request. */
	static final class Kind {

		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		final AtomicLongArray millis = new AtomicLongArray(60_001);

		final LongAdder unexpected = new LongAdder();

		void record(int status, long nanos, boolean wrong) {
			statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
			millis.incrementAndGet((int) Math.min(60_000, nanos / 1_000_000));
			if (wrong) {
				unexpected.increment();
			}
		}

		long count() {
			return statuses.values().stream().mapToLong(LongAdder::sum).sum();
		}

		long serverErrors() {
			return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().sum()).sum();
		}

		long percentile(double p) {
			long count = count(), seen = 0;
			for (int ms = 0; ms < millis.length(); ms++) {
				seen += millis.get(ms);
				if (seen >= Math.ceil(p * count) && seen > 0) {
					return ms;
				}
			}
			return 0;
		}

		String describe() {
			StringBuilder text = new StringBuilder();
			new TreeMap<>(statuses).forEach((status, n) -> text.append(status == 0 ? "error" : status)
				.append(':')
				.append(n.sum())
				.append(' '));
			if (unexpected.sum() > 0) {
				text.append("(unexpected ").append(unexpected.sum()).append(')');
			}
			return text.toString().strip();
		}

	}

	static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	// ---------------------------------------------------------------- throttle

	/**
	 * The sign-in throttle across instances: wrong passwords for one email go to A and B in turn,
	 * so neither sees enough of them alone; the throttle keeps its count in the database, so once
	 * the account's free attempts are used up, both answer "please wait".
	 */
	static int throttle(String a, String b, String email) {
		List<String> lines = new ArrayList<>();
		Map<String, Integer> wrong = new TreeMap<>();
		for (int attempt = 0; attempt < 12; attempt++) {
			String base = attempt % 2 == 0 ? a : b;
			Optional<String> wait = signInOnce(base, email);
			if (wait.isPresent()) {
				lines.add(String.format("after %d wrong passwords (%s), %s answers %s", attempt, wrong, base,
						wait.get()));
				String other = base.equals(a) ? b : a;
				Optional<String> otherWait = signInOnce(other, email);
				lines.add(String.format("and %s answers %s", other, otherWait.orElse("a checked password")));
				lines.forEach(line -> System.out.println("  " + line));
				return otherWait.isPresent() ? 0 : 1;
			}
			wrong.merge(base, 1, Integer::sum);
		}
		System.out.println("  never throttled after 12 wrong passwords: " + wrong);
		return 1;
	}

	/** One sign-in with a wrong password; the throttle's "wait" redirect if that is the answer. */
	static Optional<String> signInOnce(String base, String email) {
		Mother browser = new Mother(base, Long.MAX_VALUE);
		browser.get("GET /login (throttle)", "/login", 200);
		String location = browser.post("POST /login (throttle)", "/login", 302, "email", email, "password",
				"not her password 42");
		return location.contains("wait=") ? Optional.of(location.substring(location.indexOf("/login"))) : Optional.empty();
	}

}
