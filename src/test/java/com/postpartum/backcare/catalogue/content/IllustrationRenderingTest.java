package com.postpartum.backcare.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.CodedEnum;
import com.postpartum.backcare.catalogue.Illustrations;
import com.postpartum.backcare.catalogue.Translations;
import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.figure.FigureCheck;
import com.postpartum.backcare.figure.Illustration;

/**
 * Every exercise that has an illustration is drawn as it will be shown: well-formed SVG,
 * inside its frame, with its title, its description and every joint group. The drawings are
 * also written to target/screenshots/illustrations/ (one page holding them all) for a person
 * to look at.
 */
class IllustrationRenderingTest {

	private static final Path OUT = Path.of("target/screenshots/illustrations");

	private static final List<String> JOINTS = List.of("trunk", "spine", "neck", "near-shoulder", "far-shoulder",
			"near-elbow", "far-elbow", "near-hip", "far-hip", "near-knee", "far-knee", "near-ankle", "far-ankle");

	private static final Illustrations illustrations = new Illustrations(messages(), new Translations());

	private static List<ExerciseDocument> illustrated;

	@BeforeAll
	static void drawAll() throws IOException {
		ContentSet content = new ContentReader(new PathMatchingResourcePatternResolver(), "file:content/").read();
		assertThat(new ContentValidator().validate(content)).isEmpty();
		illustrated = content.exercises().stream().map(ContentFile::document)
			.filter(doc -> doc.illustration() != null).toList();
		List<Illustrations.Source> sources = new ArrayList<>();
		for (ExerciseDocument doc : illustrated) {
			sources.add(new Illustrations.Source(doc.slug(), doc.name(),
					CodedEnum.fromCode(Category.class, doc.category()).orElseThrow(), doc.dosage().holdSeconds(),
					doc.muscles(), parse(doc)));
		}
		illustrations.replace(sources);
		Files.createDirectories(OUT);
		StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Figures</title>"
				+ "<style>body{font-family:sans-serif;background:#fbfaf7}figure{display:inline-block;margin:8px;"
				+ "border:1px solid #ccc;background:#fff}svg{display:block}.figure-motion{width:320px}"
				+ ".figure-still{width:420px}</style></head><body>");
		for (ExerciseDocument doc : illustrated) {
			page.append("<figure><figcaption>").append(doc.slug()).append("</figcaption>")
				.append(illustrations.startAndEnd(doc.slug(), "s-" + doc.slug())).append("</figure>");
		}
		page.append("</body></html>");
		Files.writeString(OUT.resolve("index.html"), page);
	}

	static Stream<String> slugs() throws IOException {
		return new ContentReader(new PathMatchingResourcePatternResolver(), "file:content/").read()
			.exercises().stream().map(ContentFile::document).filter(doc -> doc.illustration() != null)
			.map(ExerciseDocument::slug);
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void eachFigureIsWellFormedInsideItsFrameAndDescribed(String slug) throws Exception {
		ExerciseDocument doc = illustrated.stream().filter(d -> d.slug().equals(slug)).findFirst().orElseThrow();
		assertThat(FigureCheck.check(parse(doc), false)).isEmpty();
		for (String svg : List.of(illustrations.animated(slug, "a"), illustrations.start(slug, "b"),
				illustrations.startAndEnd(slug, "c"))) {
			Document xml = xml(svg);
			Element root = xml.getDocumentElement();
			assertThat(root.getAttribute("role")).isEqualTo("img");
			assertThat(text(xml, "title")).isEqualTo(doc.name());
			assertThat(text(xml, "desc")).contains(doc.illustration().keyframes().get(1).name())
				.contains(doc.muscles().get(0));
			List<String> groups = new ArrayList<>();
			NodeList gs = xml.getElementsByTagName("g");
			for (int i = 0; i < gs.getLength(); i++) {
				groups.add(((Element) gs.item(i)).getAttribute("class"));
			}
			for (String joint : JOINTS) {
				assertThat(groups).as(slug + " joint " + joint).contains("joint-" + joint);
			}
		}
		// Seen along her body the parts' ends move (their drawn length changes); from the side the joints turn.
		boolean frontal = doc.illustration().view() != null && List.of("behind", "feet").contains(doc.illustration().view());
		assertThat(illustrations.animated(slug, "a")).contains(frontal ? "<animate attributeName=\"x2\"" : "<animateTransform")
			.contains("repeatCount=\"indefinite\"");
		Files.writeString(OUT.resolve(slug + ".html"), "<!doctype html><html><body style=\"margin:0\">"
				+ illustrations.startAndEnd(slug, "p") + "</body></html>");
	}

	@Test
	void aNewLoadShowsTheNewFigureNotOneDrawnBefore() {
		Illustrations reloaded = new Illustrations(messages(), new Translations());
		ExerciseDocument bridge = illustrated.stream().filter(d -> d.slug().equals("glute-bridge")).findFirst().orElseThrow();
		ExerciseDocument plank = illustrated.stream().filter(d -> d.slug().equals("plank")).findFirst().orElseThrow();
		reloaded.replace(List.of(source("edited", bridge)));
		String before = reloaded.start("edited", "x");
		reloaded.replace(List.of(source("edited", plank)));
		assertThat(reloaded.start("edited", "x")).isNotEqualTo(before)
			.isEqualTo(illustrations.start("plank", "x"));
		assertThat(reloaded.document("edited")).get().extracting(Illustrations.Document::svg)
			.isEqualTo(illustrations.document("plank").orElseThrow().svg());
		assertThat(reloaded.has("glute-bridge")).isFalse();
	}

	private static Illustrations.Source source(String slug, ExerciseDocument doc) {
		return new Illustrations.Source(slug, doc.name(), CodedEnum.fromCode(Category.class, doc.category()).orElseThrow(),
				doc.dosage().holdSeconds(), doc.muscles(), parse(doc));
	}

	private static Illustration parse(ExerciseDocument doc) {
		return IllustrationParser.parse(doc.illustration(), (field, message) -> {
			throw new AssertionError(field + " " + message);
		});
	}

	private static Document xml(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Document xml, String tag) {
		return xml.getElementsByTagName(tag).item(0).getTextContent();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
