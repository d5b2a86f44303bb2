package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.postpartum.backcare.figure.FigureRenderer;

/**
 * Every colour pair of app.css passes WCAG 2.2 AA in both schemes, computed from the custom
 * properties themselves: axe-core (the browser tests) sees only the text it finds on the pages
 * it is shown, never a visited link, a hover, a focus ring, a chart line or a figure.
 * Text needs 4.5:1 (1.4.3); control edges, focus rings, chart lines and the figures' near side
 * 3:1 (1.4.11). The figures' far side and props are a softer depth cue on purpose (their
 * meaning is in the near side and the words).
 */
class ColourContrastTest {

	static final Path CSS = Path.of("src/main/resources/static/css/app.css");

	private static final double TEXT = 4.5;

	private static final double GRAPHIC = 3;

	/** Foreground, background, the ratio it needs: what app.css paints on what. */
	private static final List<Object[]> PAIRS = List.of(
			// Body text, hints and links on every background they appear on (visited links share --link).
			pair("text", "bg", TEXT), pair("text", "surface", TEXT), pair("text", "notice", TEXT),
			pair("text", "calm", TEXT), pair("text", "review", TEXT), pair("text", "crisis", TEXT),
			pair("text", "urgent-soft", TEXT), pair("text", "control-bg", TEXT), pair("muted", "bg", TEXT),
			pair("muted", "surface", TEXT), pair("muted", "notice", TEXT), pair("muted", "calm", TEXT),
			pair("link", "bg", TEXT), pair("link", "surface", TEXT), pair("link", "notice", TEXT),
			pair("link", "calm", TEXT), pair("link", "review", TEXT), pair("link", "crisis", TEXT),
			pair("link", "urgent-soft", TEXT), pair("tag-text", "tag-bg", TEXT),
			// The header, the buttons (primary, its hover, secondary, danger) and the pager's current page.
			pair("on-header", "header-bg", TEXT), pair("on-primary", "primary", TEXT),
			pair("on-primary", "primary-dark", TEXT), pair("accent", "surface", TEXT), pair("accent", "bg", TEXT),
			pair("on-urgent", "urgent-bg", TEXT),
			// Field errors, error summaries, "This hurts" (and its hover), the emergency banner.
			pair("urgent", "bg", TEXT), pair("urgent", "surface", TEXT), pair("urgent", "urgent-soft", TEXT),
			// Edges that show a control, a chosen pain score, a button's fill, the chart's lines and axis.
			pair("control-border", "bg", GRAPHIC), pair("control-border", "surface", GRAPHIC),
			pair("control-border", "control-bg", GRAPHIC), pair("primary", "bg", GRAPHIC),
			pair("primary", "surface", GRAPHIC), pair("chart-before", "surface", GRAPHIC),
			pair("chart-after", "surface", GRAPHIC));

	private static Object[] pair(String foreground, String background, double ratio) {
		return new Object[] { foreground, background, ratio };
	}

	@ParameterizedTest(name = "dark: {0}")
	@ValueSource(booleans = { false, true })
	void everyColourPairPassesInBothSchemes(boolean dark) throws IOException {
		Map<String, String> palette = palette(Files.readString(CSS), dark);
		List<String> failures = new ArrayList<>();
		for (Object[] pair : PAIRS) {
			String foreground = palette.get((String) pair[0]);
			String background = palette.get((String) pair[1]);
			assertThat(foreground).as("--" + pair[0]).isNotNull();
			assertThat(background).as("--" + pair[1]).isNotNull();
			double ratio = contrast(foreground, background);
			if (ratio < (double) pair[2]) {
				failures.add(String.format(Locale.ROOT, "--%s %s on --%s %s: %.2f, needs %.1f", pair[0], foreground,
						pair[1], background, ratio, (double) pair[2]));
			}
		}
		assertThat(failures).as(dark ? "dark scheme" : "light scheme").isEmpty();
	}

	/** The ring is two tones: whichever the background, one of them stands out from it. */
	@ParameterizedTest(name = "dark: {0}")
	@ValueSource(booleans = { false, true })
	void theFocusRingShowsOnThePageTheCardsAndTheHeader(boolean dark) throws IOException {
		Map<String, String> palette = palette(Files.readString(CSS), dark);
		for (String background : List.of("bg", "surface", "header-bg", "calm", "notice")) {
			double ring = contrast(palette.get("focus"), palette.get(background));
			double halo = contrast(palette.get("focus-halo"), palette.get(background));
			assertThat(Math.max(ring, halo)).as("focus ring on --" + background).isGreaterThanOrEqualTo(GRAPHIC);
		}
	}

	@Test
	void theFiguresNearSideAndFloorStandOutInBothSchemesAndEveryPaintHasADarkOne() throws Exception {
		String css = Files.readString(CSS);
		Map<String, String> light = palette(css, false);
		Map<String, String> dark = palette(css, true);
		Map<String, String> paints = figurePaints();
		for (String shown : List.of("NEAR", "NEAR_WORK", "FLOOR_LINE")) {
			for (String background : List.of("bg", "surface")) {
				assertThat(contrast(paints.get(shown), light.get(background))).as("light " + shown + " on " + background)
					.isGreaterThanOrEqualTo(GRAPHIC);
			}
		}
		for (String shown : List.of("figure-near", "figure-near-work", "figure-floor")) {
			for (String background : List.of("bg", "surface")) {
				assertThat(contrast(dark.get(shown), dark.get(background))).as("dark " + shown + " on " + background)
					.isGreaterThanOrEqualTo(GRAPHIC);
			}
		}
		assertThat(contrast(dark.get("figure-near"), dark.get("bg")))
			.as("the near side stands out more than the far side, as in the light scheme")
			.isGreaterThan(contrast(dark.get("figure-far"), dark.get("bg")));
		for (Map.Entry<String, String> paint : paints.entrySet()) {
			Matcher repainted = Pattern
				.compile("\\.figure \\[(fill|stroke)=\"" + paint.getValue() + "\"] \\{ \\1: var\\(--figure-[a-z-]+\\); }")
				.matcher(css);
			assertThat(repainted.find()).as(paint.getKey() + " " + paint.getValue() + " repainted in the dark scheme")
				.isTrue();
		}
	}

	/** FigureRenderer's paints: its constants that are colours. */
	private static Map<String, String> figurePaints() throws IllegalAccessException {
		Map<String, String> paints = new LinkedHashMap<>();
		for (Field field : FigureRenderer.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				field.setAccessible(true);
				String value = (String) field.get(null);
				if (value.matches("#[0-9a-f]{6}")) {
					paints.put(field.getName(), value);
				}
			}
		}
		assertThat(paints).containsKeys("NEAR", "FAR", "NEAR_WORK", "FLOOR_LINE");
		return paints;
	}

	private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-f]{6})\\s*;");

	private static final String DARK_BLOCK = "@media screen and (prefers-color-scheme: dark) {\n  :root {";

	/** The colour properties of app.css's first :root, with the dark scheme's :root over them. */
	static Map<String, String> palette(String css, boolean dark) {
		Map<String, String> palette = new LinkedHashMap<>();
		int light = css.indexOf(":root {");
		read(css.substring(light, css.indexOf('}', light)), palette);
		if (dark) {
			int start = css.indexOf(DARK_BLOCK);
			assertThat(start).as("app.css has a dark scheme").isNotNegative();
			read(css.substring(start, css.indexOf('}', start)), palette);
		}
		return palette;
	}

	private static void read(String block, Map<String, String> palette) {
		Matcher property = PROPERTY.matcher(block);
		while (property.find()) {
			palette.put(property.group(1), property.group(2));
		}
	}

	/** WCAG 2.2's contrast ratio of two sRGB colours. */
	static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
