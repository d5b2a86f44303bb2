package com.postpartum.backcare.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.figure.FigureRenderer;
import com.postpartum.backcare.figure.Illustration;
import com.postpartum.backcare.figure.Muscles;
import com.postpartum.backcare.figure.Pose;

/**
 * The exercises' figures, drawn once when the catalogue is loaded and kept in memory
 * (docs/content-guide.md, "Illustration"): pages ask for them by slug through
 * {@code @illustrations} in the templates, so no view or query changes. The validator refuses
 * an exercise without one; the null answers below are for an unknown slug. Each copy gets its
 * own ids, unique on the page.
 */
@Component("illustrations")
public class Illustrations {

	/** Where a page's own id goes in the drawn SVG. */
	private static final String ID = "@@figure-id@@";

	private final MessageSource messages;

	private volatile Map<String, Drawn> bySlug = Map.of();

	public Illustrations(MessageSource messages) {
		this.messages = messages;
	}

	/** One exercise's figure as the content gives it. */
	public record Source(String slug, String name, Category category, Integer holdSeconds, List<String> muscles,
			Illustration illustration) {
	}

	/** The standalone SVG file of one figure and its ETag. */
	public record Document(String svg, String etag) {
	}

	private record Drawn(String animated, String start, String startAndEnd, Document document) {
	}

	/** Draws every figure, replacing those drawn before (called by the catalogue loader). */
	public void replace(List<Source> sources) {
		Map<String, Drawn> drawn = new HashMap<>();
		for (Source source : sources) {
			FigureRenderer.Drawing drawing = drawing(source);
			String standalone = FigureRenderer.animated(drawing, "figure");
			drawn.put(source.slug(), new Drawn(FigureRenderer.animated(drawing, ID), FigureRenderer.start(drawing, ID),
					FigureRenderer.startAndEnd(drawing, ID), new Document(standalone, etag(standalone))));
		}
		bySlug = Map.copyOf(drawn);
	}

	public boolean has(String slug) {
		return slug != null && bySlug.containsKey(slug);
	}

	/** The moving figure, or null when the exercise has none. */
	public String animated(String slug, String id) {
		Drawn drawn = bySlug.get(slug);
		return drawn == null ? null : drawn.animated().replace(ID, id);
	}

	/** The start pose alone (a library card), or null. */
	public String start(String slug, String id) {
		Drawn drawn = bySlug.get(slug);
		return drawn == null ? null : drawn.start().replace(ID, id);
	}

	/** Start and end side by side with an arrow (reduced motion, print), or null. */
	public String startAndEnd(String slug, String id) {
		Drawn drawn = bySlug.get(slug);
		return drawn == null ? null : drawn.startAndEnd().replace(ID, id);
	}

	public Optional<Document> document(String slug) {
		return Optional.ofNullable(bySlug.get(slug)).map(Drawn::document);
	}

	/** Where the figure can be fetched, or null when the exercise has none. */
	public String url(String slug) {
		return has(slug) ? "/exercises/" + slug + "/illustration.svg" : null;
	}

	private FigureRenderer.Drawing drawing(Source source) {
		Tempo tempo = Tempo.of(source.category(), source.holdSeconds());
		return new FigureRenderer.Drawing(source.name(), description(source), source.illustration(),
				Muscles.segments(source.muscles()), tempo.moveSeconds(), tempo.holdSeconds(), tempo.returnSeconds());
	}

	/** "Lying on her back, knees bent: the pelvis tips back, and back. Coloured where it works: …" */
	private String description(Source source) {
		Illustration illustration = source.illustration();
		List<Pose> poses = illustration.keyframes();
		String then = ", " + word("figure.then") + " ";
		String moves = poses.subList(1, poses.size()).stream().map(Pose::name).collect(Collectors.joining(then));
		String key = illustration.cycle() ? "figure.description.cycle" : "figure.description";
		String base = word("figure.base." + illustration.base().code());
		if (illustration.view().frontal()) {
			// Seen along her body the picture is not the usual side view, so the words say where from.
			base += " " + word("figure.view." + illustration.view().code());
		}
		return word(key, base, poses.get(0).name(), moves) + " "
				+ word("figure.works", String.join(", ", source.muscles()));
	}

	private String word(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
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
