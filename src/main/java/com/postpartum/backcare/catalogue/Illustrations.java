package com.postpartum.backcare.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import com.postpartum.backcare.web.Languages;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.postpartum.backcare.figure.FigureRenderer;
import com.postpartum.backcare.figure.Illustration;
import com.postpartum.backcare.figure.Muscles;
import com.postpartum.backcare.figure.Pose;

/**
 * The exercises' figures (docs/content-guide.md, "Illustration"): pages ask for them by slug
 * through {@code @illustrations} in the templates, so no view or query changes. Each is drawn
 * the first time a page asks for it and kept in a cache bounded by size, emptied when the
 * catalogue is loaded again: drawing all of them at load took most of the start-up and about
 * 20 KB of memory per exercise, too much for a large catalogue (docs/performance.md, "100,000
 * mothers on PostgreSQL"). The validator has checked every figure at load and refuses an
 * exercise without one; the null answers below are for an unknown slug. Each copy gets its
 * own ids, unique on the page.
 */
@Component("illustrations")
public class Illustrations {

	/** Where a page's own id goes in the drawn SVG. */
	private static final String ID = "@@figure-id@@";

	/** Far more than the figures of every exercise of the real catalogue (under 1 MB). */
	static final long MAX_CACHED_CHARS = 32L * 1024 * 1024;

	private final MessageSource messages;

	private final Translations translations;

	private volatile Loaded loaded = new Loaded(Map.of());

	public Illustrations(MessageSource messages, Translations translations) {
		this.messages = messages;
		this.translations = translations;
	}

	/** One exercise's figure as the content gives it. */
	public record Source(String slug, String name, Category category, Integer holdSeconds, List<String> muscles,
			Illustration illustration) {
	}

	/** The standalone SVG file of one figure and its ETag. */
	public record Document(String svg, String etag) {
	}

	private enum Kind {

		ANIMATED, START, START_AND_END, DOCUMENT

	}

	/** A figure's title and description are words, so each language has its own copy. */
	private record Key(String slug, Kind kind, String language) {
	}

	/** One load's sources and what has been drawn from them, replaced together so no old figure outlives a load. */
	private record Loaded(Map<String, Source> sources, Cache<Key, Document> drawn) {

		Loaded(Map<String, Source> sources) {
			this(sources, Caffeine.newBuilder()
				.maximumWeight(MAX_CACHED_CHARS)
				.<Key, Document>weigher((key, drawing) -> drawing.svg().length())
				.build());
		}

	}

	/** Takes the figures of a new load, forgetting those drawn before (called by the catalogue loader). */
	public void replace(List<Source> sources) {
		loaded = new Loaded(sources.stream().collect(Collectors.toUnmodifiableMap(Source::slug, Function.identity())));
	}

	public boolean has(String slug) {
		return slug != null && loaded.sources().containsKey(slug);
	}

	/** The moving figure, or null when the exercise has none. */
	public String animated(String slug, String id) {
		return withId(drawn(slug, Kind.ANIMATED), id);
	}

	/** The start pose alone (a library card), or null. */
	public String start(String slug, String id) {
		return withId(drawn(slug, Kind.START), id);
	}

	/** Start and end side by side with an arrow (reduced motion, print), or null. */
	public String startAndEnd(String slug, String id) {
		return withId(drawn(slug, Kind.START_AND_END), id);
	}

	public Optional<Document> document(String slug) {
		return Optional.ofNullable(drawn(slug, Kind.DOCUMENT));
	}

	/** Where the figure can be fetched, or null when the exercise has none. */
	public String url(String slug) {
		return has(slug) ? "/exercises/" + slug + "/illustration.svg" : null;
	}

	private Document drawn(String slug, Kind kind) {
		Loaded current = loaded;
		Source source = slug == null ? null : current.sources().get(slug);
		Locale language = Languages.current();
		return source == null ? null
				: current.drawn().get(new Key(slug, kind, language.getLanguage()), key -> draw(source, kind, language));
	}

	private static String withId(Document drawn, String id) {
		return drawn == null ? null : drawn.svg().replace(ID, id);
	}

	private Document draw(Source source, Kind kind, Locale language) {
		FigureRenderer.Drawing drawing = drawing(source, language);
		return switch (kind) {
			case ANIMATED -> new Document(FigureRenderer.animated(drawing, ID), null);
			case START -> new Document(FigureRenderer.start(drawing, ID), null);
			case START_AND_END -> new Document(FigureRenderer.startAndEnd(drawing, ID), null);
			case DOCUMENT -> {
				String standalone = FigureRenderer.animated(drawing, "figure");
				yield new Document(standalone, etag(standalone));
			}
		};
	}

	private FigureRenderer.Drawing drawing(Source source, Locale language) {
		Tempo tempo = Tempo.of(source.category(), source.holdSeconds());
		Translations.ExerciseWords words = translations.exercise(language, source.slug());
		String name = words == null ? source.name() : words.name();
		return new FigureRenderer.Drawing(name, description(source, words, language), source.illustration(),
				Muscles.segments(source.muscles()), tempo.moveSeconds(), tempo.holdSeconds(), tempo.returnSeconds());
	}

	/** "Lying on her back, knees bent: the pelvis tips back, and back. Coloured where it works: …" */
	private String description(Source source, Translations.ExerciseWords words, Locale language) {
		Illustration illustration = source.illustration();
		List<String> poses = words == null || words.keyframes().size() != illustration.keyframes().size()
				? illustration.keyframes().stream().map(Pose::name).toList() : words.keyframes();
		String then = ", " + word(language, "figure.then") + " ";
		String moves = String.join(then, poses.subList(1, poses.size()));
		String key = illustration.cycle() ? "figure.description.cycle" : "figure.description";
		String base = word(language, "figure.base." + illustration.base().code());
		if (illustration.view().frontal()) {
			// Seen along her body the picture is not the usual side view, so the words say where from.
			base += " " + word(language, "figure.view." + illustration.view().code());
		}
		List<String> muscles = words == null ? source.muscles() : words.muscles();
		return word(language, key, base, poses.get(0), moves) + " "
				+ word(language, "figure.works", String.join(", ", muscles));
	}

	private String word(Locale language, String key, Object... args) {
		return messages.getMessage(key, args, language);
	}

	private static String etag(String svg) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8));
			// Weak, so the file can travel gzipped (Tomcat keeps strong-tagged answers as they are).
			return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
