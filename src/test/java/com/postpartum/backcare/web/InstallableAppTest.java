package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A phone can install the app: the manifest at its stable address with the fields Chromium
 * asks for, every icon it names served at its declared size, and every page type linking it
 * with the theme colour of each scheme (docs/architecture.md, "Installing the app and dark mode").
 */
@SpringBootTest
@AutoConfigureMockMvc
class InstallableAppTest {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theManifestHasWhatAPhoneNeedsToInstallTheApp() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/manifest+json");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=3600");
		JsonNode manifest = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(manifest.get("name").asString()).isEqualTo("Back after baby");
		assertThat(manifest.get("short_name").asString()).isEqualTo("Back care").hasSizeLessThanOrEqualTo(12);
		assertThat(manifest.get("description").asString()).contains("back pain after having a baby");
		assertThat(manifest.get("start_url").asString()).isEqualTo("/today");
		assertThat(manifest.get("scope").asString()).isEqualTo("/");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		assertThat(manifest.get("lang").asString()).isEqualTo("en");
		assertThat(manifest.get("theme_color").asString()).isEqualTo(headerGreen(Scheme.LIGHT));
		assertThat(manifest.get("background_color").asString()).isEqualTo(cssColour(Scheme.LIGHT, "bg"));
		List<String> purposes = new ArrayList<>();
		manifest.get("icons").forEach(icon -> purposes.add(icon.get("sizes").asString() + " "
				+ icon.get("type").asString() + " " + icon.get("purpose").asString()));
		assertThat(purposes).containsExactlyInAnyOrder("any image/svg+xml any", "192x192 image/png any",
				"512x512 image/png any", "512x512 image/png maskable");
	}

	@Test
	void everyIconTheManifestNamesIsServedFingerprintedWithItsTypeAndItsDeclaredSize() throws Exception {
		JsonNode manifest = json.readTree(mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		for (JsonNode icon : manifest.get("icons")) {
			String src = icon.get("src").asString();
			assertThat(src).as("fingerprinted like the other assets, so it may be cached for a year")
				.matches("/assets/.+-[0-9a-f]{32}\\.(png|svg)");
			MockHttpServletResponse response = mvc.perform(get(src)).andReturn().getResponse();
			assertThat(response.getStatus()).as(src).isEqualTo(200);
			assertThat(response.getContentType()).as(src).isEqualTo(icon.get("type").asString());
			assertThat(response.getHeader("Cache-Control")).as(src).contains("max-age=31536000");
			if (icon.get("type").asString().equals("image/png")) {
				String size = icon.get("sizes").asString();
				assertThat(pngSize(response.getContentAsByteArray())).as(src).isEqualTo(size);
			}
		}
	}

	@Test
	void theMaskableIconIsOpaqueToItsEdgesWithTheDrawingInsideTheSafeZone() throws Exception {
		BufferedImage icon = ImageIO.read(new ByteArrayInputStream(asset("/assets/icons/icon-maskable-512.png")));
		int size = icon.getWidth();
		int green = Integer.parseInt(headerGreen(Scheme.LIGHT).substring(1), 16);
		double centre = size / 2.0;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
				if (distance > 0.4 * size) {
					// A phone may cut anything outside the circle of 40 % radius: only the background there.
					assertThat(icon.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(green);
				}
			}
		}
		int white = 0;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				white += (icon.getRGB(x, y) & 0xffffff) == 0xffffff ? 1 : 0;
			}
		}
		assertThat(white).as("the white curve is drawn").isGreaterThan(size * size / 100);
	}

	/** The error page, which MockMvc does not render, is checked the same way in ErrorPagesTest. */
	@Test
	void everyPageTypeLinksTheManifestTheTouchIconAndTheThemeColourOfEachScheme() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		mother.registerNewMother("install");
		List<String> pages = List.of(page(mvc.perform(get("/")).andReturn().getResponse()),
				page(mvc.perform(get("/exercises/glute-bridge")).andReturn().getResponse()),
				page(mother.perform(get("/today")).andReturn().getResponse()));
		for (String html : pages) {
			assertLinksTheManifest(html);
			Matcher touchIcon = Pattern.compile("<link rel=\"apple-touch-icon\" href=\"([^\"]+)\">").matcher(html);
			assertThat(touchIcon.find()).as("apple-touch-icon in\n" + html).isTrue();
			assertThat(pngSize(asset(touchIcon.group(1)))).isEqualTo("180x180");
		}
	}

	/** The head every page has through the one layout. */
	static void assertLinksTheManifest(String html) throws IOException {
		assertThat(html).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">",
				"<meta name=\"color-scheme\" content=\"light dark\">",
				"<meta name=\"theme-color\" content=\"" + headerGreen(Scheme.LIGHT)
						+ "\" media=\"(prefers-color-scheme: light)\">",
				"<meta name=\"theme-color\" content=\"" + headerGreen(Scheme.DARK)
						+ "\" media=\"(prefers-color-scheme: dark)\">");
		assertThat(html).containsPattern(
				"<link rel=\"apple-touch-icon\" href=\"/assets/icons/apple-touch-icon-180-[0-9a-f]{32}\\.png\">");
	}

	private String page(MockHttpServletResponse response) throws IOException {
		assertThat(response.getContentType()).startsWith("text/html");
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] asset(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	/** Width x height from the PNG's header (its IHDR chunk), as the manifest writes sizes. */
	static String pngSize(byte[] png) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
		byte[] signature = in.readNBytes(8);
		assertThat(signature).as("a PNG").isEqualTo(PNG_SIGNATURE);
		in.readInt();
		assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
		int width = in.readInt();
		int height = in.readInt();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(decoded.getWidth() + "x" + decoded.getHeight()).as("the pixels match the header")
			.isEqualTo(width + "x" + height);
		return width + "x" + height;
	}

	enum Scheme {
		LIGHT, DARK
	}

	static String headerGreen(Scheme scheme) throws IOException {
		return cssColour(scheme, "header-bg");
	}

	/** A custom property of app.css in one scheme (ColourContrastTest reads the same blocks). */
	static String cssColour(Scheme scheme, String name) throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));
		return ColourContrastTest.palette(css, scheme == Scheme.DARK).get(name);
	}

}
