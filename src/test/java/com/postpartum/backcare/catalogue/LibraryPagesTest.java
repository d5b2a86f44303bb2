package com.postpartum.backcare.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library pages as a visitor without an account meets them, on the real catalogue.
 * (Anonymous pages may come from the page cache, so these tests assert what is shown.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class LibraryPagesTest {

	@Autowired
	MockMvc mvc;

	/** Counts come from the catalogue the pages read, so adding an exercise changes no test. */
	@Autowired
	ExerciseRepository exercises;

	@Test
	void homeOffersTheLibraryThePhaseRoutinesAndUrgentHelp() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/exercises\""),
					containsString("/routines/phase-1-reconnect"), containsString("Urgent help"),
					containsString("not medical advice"))));
	}

	@Test
	void theLibraryListsTheFirstPageOfAllExercises() throws Exception {
		mvc.perform(get("/exercises"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(exercises.count() + " exercises match"),
					containsString("href=\"/exercises?page=" + lastPage() + "\""),
					containsString("aria-current=\"page\""))));
	}

	@Test
	void aLargeLibraryLinksTheFirstAndLastPagesAndThoseAroundTheCurrentOne() {
		assertThat(pager(40, 834)).containsExactly("1", "…", "38", "39", "[40]", "41", "42", "…", "834");
		assertThat(pager(834, 834)).containsExactly("1", "…", "832", "833", "[834]");
		assertThat(pager(2, 3)).containsExactly("1", "[2]", "3");
	}

	private static List<String> pager(int current, int total) {
		return ExerciseController.PageLink.around(current, total, n -> "/exercises?page=" + n)
			.stream()
			.map(link -> link.url() == null ? "…" : link.current() ? "[" + link.number() + "]" : "" + link.number())
			.toList();
	}

	@Test
	void theLastPageShowsOtherExercisesThanTheFirst() throws Exception {
		// Sorted by name: "90/90 bridge…" opens page 1, "Walking" is on the last page.
		mvc.perform(get("/exercises"))
			.andExpect(content().string(allOf(containsString("/exercises/bridge-90-90-hamstring"),
					not(containsString("/exercises/walking\"")))));
		mvc.perform(get("/exercises").param("page", String.valueOf(lastPage())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/exercises/walking\""),
					not(containsString("/exercises/bridge-90-90-hamstring")))));
	}

	@Test
	void filteringByCategoryShowsOnlyThatCategory() throws Exception {
		long breathing = exercises.findAll().stream().filter(e -> e.getCategory() == Category.BREATHING).count();
		mvc.perform(get("/exercises").param("category", "breathing"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(breathing + " exercises match"),
					containsString("/exercises/connection-breath"), containsString("/exercises/breathing-360"),
					containsString("/exercises/rock-back-breathing"), not(containsString("/exercises/plank\"")),
					containsString("selected=\"selected\">Breathing</option>"))));
	}

	@Test
	void filtersCombineAndStayInThePagerLinks() throws Exception {
		mvc.perform(get("/exercises").param("phase", "1").param("position", "supine"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/exercises/pelvic-tilt"),
					containsString("/exercises/heel-slide"), not(containsString("/exercises/walking\"")),
					not(containsString("/exercises/hollow-body-hold")))));
		mvc.perform(get("/exercises").param("difficulty", "1"))
			.andExpect(content().string(allOf(containsString("difficulty=1&amp;page=2"),
					not(containsString("/exercises/plank\"")))));
	}

	@Test
	void filteringByEquipmentFindsTheBandExercises() throws Exception {
		mvc.perform(get("/exercises").param("equipment", "band"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/exercises/half-kneeling-pallof-press"),
					containsString("/exercises/split-squat-band-rotation"), not(containsString("/exercises/walking\"")))));
	}

	@Test
	void freeTextSearchMatchesNamesWhateverTheCase() throws Exception {
		mvc.perform(get("/exercises").param("q", "PLANK"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/exercises/plank\""),
					containsString("/exercises/side-plank"), containsString("/exercises/elevated-plank"),
					not(containsString("/exercises/cat-cow")))));
	}

	@Test
	void aSearchWithNoMatchSaysSo() throws Exception {
		mvc.perform(get("/exercises").param("q", "trampoline%_"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No exercises match")));
	}

	@Test
	void anUnknownFilterValueIsExplainedNotAnError() throws Exception {
		mvc.perform(get("/exercises").param("category", "legs").param("phase", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Category: &quot;legs&quot; is not valid"),
					containsString("Phase: &quot;9&quot; is not valid"), containsString("role=\"alert\""))));
	}

	@Test
	void aBadPageNumberIsExplained() throws Exception {
		mvc.perform(get("/exercises").param("page", "-2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("page number must be a whole number")));
		mvc.perform(get("/exercises").param("page", "2147483647")).andExpect(status().isBadRequest());
	}

	@Test
	void anExercisePageExplainsHowWhyHowMuchAndWhoShouldSkipIt() throws Exception {
		mvc.perform(get("/exercises/hollow-body-hold"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Hollow body hold</h1>"),
					containsString("How to do it"), containsString("What to avoid"), containsString("How much"),
					containsString("tummy muscles have separated"), containsString("leak urine"),
					containsString("cleared you for exercise"), containsString("advanced move"),
					containsString("href=\"/exercises/supported-toe-tap\""),
					containsString("5 Easy Postpartum Back Pain Exercises (Brittany Robles, MD)"))));
	}

	@Test
	void anExerciseAllowedBeforeClearanceIsSkippedOnlyWhenAClinicianSaidToWait() throws Exception {
		mvc.perform(get("/exercises/pelvic-tilt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("told you to wait"),
					not(containsString("cleared you for exercise")), not(containsString("Gentle enough")),
					containsString("Stop at once if"), containsString("(from the article)"),
					containsString("href=\"/exercises/glute-bridge\""))));
	}

	@Test
	void aGentleExerciseCarriesNoSkipWarningButItsStopSigns() throws Exception {
		mvc.perform(get("/exercises/connection-breath"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gentle enough for most people"),
					not(containsString("Skip it")), containsString("Stop at once if"))));
	}

	@Test
	void aModerateLoadIsACautionNotASkip() throws Exception {
		mvc.perform(get("/exercises/deep-squat-stretch"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Go gently if you leak urine"),
					not(containsString("bulge in your vagina. It raises")))));
	}

	@Test
	void anExercisePageSaysPartByPartWhatTheArticleGivesAndWhatIsOurs() throws Exception {
		// Pelvic tilt: the article describes it and gives reps and hold, but no number of sets.
		mvc.perform(get("/exercises/pelvic-tilt"))
			.andExpect(content().string(allOf(containsString("These steps follow the article"),
					matchesPattern("(?s).*1 set</span>\\s*<span class=\"origin\">\\(our choice\\).*"),
					matchesPattern("(?s).*10 repetitions</span>\\s*<span class=\"origin\">\\(from the article\\).*"))));
		// Hip mobility flow: the article only names hip mobility drills.
		mvc.perform(get("/exercises/hip-mobility-flow"))
			.andExpect(content().string(allOf(containsString("These steps are written by us"),
					not(containsString("(from the article)")))));
	}

	@Test
	void aOneSecondHoldAndOneSetReadInTheSingular() throws Exception {
		// Cat-cow: one set of 8, with a one-second pause in each shape.
		mvc.perform(get("/exercises/cat-cow"))
			.andExpect(content().string(allOf(containsString("<span>1 set</span>"),
					containsString("<span>hold 1 second</span>"), containsString("<span>8 repetitions</span>"),
					not(containsString("1 seconds")), not(containsString("1 sets")))));
	}

	@Test
	void anExerciseWithoutASourceDosageSaysTheAppChoseIt() throws Exception {
		mvc.perform(get("/exercises/clamshell"))
			.andExpect(content().string(allOf(containsString("10 repetitions</span>"),
					containsString("(our choice)"), not(containsString("(from the article)")))));
	}

	@Test
	void anUnknownExerciseIsNotFound() throws Exception {
		// The friendly page itself is rendered by the servlet container: see ErrorPagesTest.
		mvc.perform(get("/exercises/flying-unicorn").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void learnPagesAreListedByKindAndRendered() throws Exception {
		mvc.perform(get("/learn"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Daily habits"), containsString("Understanding your back"),
					containsString("/learn/sleeping"), containsString("/learn/why-it-hurts"))));
		mvc.perform(get("/learn/sleeping"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2>"), containsString("Sources"))));
		mvc.perform(get("/learn/nothing-here").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void routinesAreListedAndShownInOrderWithTheirDosageAndAPrintStylesheet() throws Exception {
		mvc.perform(get("/routines"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phase routines"),
					containsString("/routines/robles-five-move-sequence"), containsString("/routines/phase-3-strengthen"))));
		mvc.perform(get("/routines/robles-five-move-sequence"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("5 times a week, in the evening"),
					containsString("/exercises/pelvic-tilt"), containsString("/exercises/standing-hip-flexor-stretch"),
					containsString("media=\"print\""), containsString("About "))));
		mvc.perform(get("/routines/no-such-routine").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void libraryPagesAnswerARepeatVisitWithNotModified() throws Exception {
		String etag = mvc.perform(get("/exercises/pelvic-tilt"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/exercises/pelvic-tilt").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void anExerciseFigureIsAnSvgFileWithAnEtagAndNotFoundForAnUnknownExercise() throws Exception {
		String etag = mvc.perform(get("/exercises/glute-bridge/illustration.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(content().string(allOf(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\""),
					containsString("<title id=\"figure-title\">Glute bridge</title>"),
					containsString("<animateTransform"))))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/exercises/glute-bridge/illustration.svg").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/exercises/no-such-exercise/illustration.svg")).andExpect(status().isNotFound());
	}

	@Test
	void theExercisePageShowsTheMovingFigureAndItsStillsWithTheMusclesNamed() throws Exception {
		mvc.perform(get("/exercises/glute-bridge"))
			.andExpect(content().string(allOf(containsString("class=\"exercise-figure\""),
					containsString("class=\"figure figure-motion\""), containsString("class=\"figure figure-still\""),
					containsString("Coloured where it works: glutes, deep abdominals, hamstrings"))));
		mvc.perform(get("/api/v1/exercises/glute-bridge"))
			.andExpect(content().string(containsString("\"illustrationUrl\":\"/exercises/glute-bridge/illustration.svg\"")));
	}

	/** The validator refuses an exercise without a figure, so every page and card has one. */
	@Test
	void everyExercisePageCardAndApiEntryHasItsFigure() throws Exception {
		for (Exercise exercise : exercises.findAll()) {
			String slug = exercise.getSlug();
			mvc.perform(get("/exercises/" + slug))
				.andExpect(content().string(allOf(containsString("class=\"exercise-figure\""),
						containsString("id=\"figure-" + slug + "-m-title\""),
						containsString("id=\"figure-" + slug + "-s-desc\""))));
			mvc.perform(get("/exercises/" + slug + "/illustration.svg")).andExpect(status().isOk());
			mvc.perform(get("/api/v1/exercises/" + slug)).andExpect(content()
				.string(containsString("\"illustrationUrl\":\"/exercises/" + slug + "/illustration.svg\"")));
		}
		long cards = 0;
		long figures = 0;
		for (long page = 1; page <= lastPage(); page++) {
			String html = mvc.perform(get("/exercises").param("page", String.valueOf(page)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			cards += count(html, "<li class=\"card exercise-card\">");
			figures += count(html, "class=\"figure figure-start\"");
		}
		assertThat(cards).isEqualTo(exercises.count());
		assertThat(figures).isEqualTo(cards);
	}

	@Test
	void theContactSheetShowsEveryExercisesStartAndEndPosesLinkedFromTheFootOfTheLibrary() throws Exception {
		mvc.perform(get("/exercises"))
			.andExpect(content().string(containsString("<a href=\"/exercises?view=pictures\">All the exercise figures on one page</a>")));
		String html = mvc.perform(get("/exercises").param("view", "pictures"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Exercise figures</h1>"),
					containsString(exercises.count() + " exercises, in the library"), not(containsString("figure-motion")),
					not(containsString("class=\"filters\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(html, "class=\"figure figure-still\"")).isEqualTo(exercises.count());
		assertThat(count(html, "<h2>")).isEqualTo(exercises.count());
		for (Exercise exercise : exercises.findAll()) {
			String slug = exercise.getSlug();
			// Each pair is named for screen readers by its own title and description.
			assertThat(html).contains("<a href=\"/exercises/" + slug + "\">")
				.contains("aria-labelledby=\"sheet-" + slug + "-s-title sheet-" + slug + "-s-desc\"")
				.contains("<title id=\"sheet-" + slug + "-s-title\">" + exercise.getName());
		}
		// The library's order: by name.
		assertThat(html.indexOf("/exercises/bridge-90-90-hamstring\"")).isLessThan(html.indexOf("/exercises/walking\""));
	}

	@Test
	void theContactSheetIsCachedWithAnEtagLikeTheLibrary() throws Exception {
		String etag = mvc.perform(get("/exercises").param("view", "pictures"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/exercises").param("view", "pictures").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		// The library itself is another page with another ETag.
		mvc.perform(get("/exercises").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
	}

	private static long count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private long lastPage() {
		return (exercises.count() + ExerciseController.PAGE_SIZE - 1) / ExerciseController.PAGE_SIZE;
	}

}
