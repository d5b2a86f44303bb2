package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/**
 * Every page in the language of the browser or of the header's switch (docs/architecture.md,
 * "Languages"), the switch itself, her account keeping the choice, and the page caches never
 * serving a page in the wrong language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTest {

	/** Pages anyone may open, catalogue pages (kept by the page cache) among them. */
	private static final List<String> OPEN_PAGES = List.of("/", "/exercises", "/exercises/glute-bridge", "/routines",
			"/routines/phase-1-reconnect", "/learn", "/learn/when-to-get-help", "/intake", "/check", "/login",
			"/register", "/forgot-password", "/offline", "/exercises?view=pictures");

	private static final Pattern SWITCH = Pattern.compile("<a href=\"(/language\\?[^\"]*)\" lang=\"(\\w+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MvcResult open(String path, String acceptLanguage) throws Exception {
		return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage))
			.andExpect(status().isOk())
			.andReturn();
	}

	@Test
	void everyOpenPageSpeaksTheBrowsersSpanishAndOffersEnglish() throws Exception {
		for (String path : OPEN_PAGES) {
			String page = open(path, "es-MX,es;q=0.9,en;q=0.5").getResponse().getContentAsString();
			assertThat(page).as(path).contains("<html lang=\"es\"").contains("Saltar al contenido principal")
				.doesNotContain("Skip to main content");
			Matcher offered = SWITCH.matcher(page);
			assertThat(offered.find()).as(path + " offers the other language").isTrue();
			assertThat(offered.group(2)).isEqualTo("en");
			assertThat(page).as(path).contains(">English</a>");
		}
	}

	@Test
	void herOwnPagesSpeakSpanishWithTheSwitchAndTheRulesInSpanish() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		mother.perform(get("/language").param("to", "es").param("next", "/intake"));
		String assessment = mother.perform(
				IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mother.page(assessment);
		assertThat(page).contains("<html lang=\"es\"").contains("Fase").doesNotContain("Phase 2: Rebuild");
		mother.registerNewMother("paginas");
		for (String path : List.of("/account", "/today", "/progress")) {
			String own = mother.page(path);
			assertThat(own).as(path).contains("<html lang=\"es\"").contains("Saltar al contenido principal");
			assertThat(SWITCH.matcher(own).find()).as(path + " offers English").isTrue();
		}
		assertThat(mother.page("/today")).doesNotContain("Start today's session");
	}

	@Test
	void aBrowserInAnotherLanguageGetsEnglish() throws Exception {
		String page = open("/exercises", "fr-FR,de;q=0.8").getResponse().getContentAsString();
		assertThat(page).contains("<html lang=\"en\"").contains("Skip to main content").contains(">Español</a>");
		assertThat(open("/exercises", "q=;;;,*;q=abc").getResponse().getContentAsString()).contains("<html lang=\"en\"");
	}

	@Test
	void theSwitchKeepsHerChoiceAndReturnsToThePageSheWasOn() throws Exception {
		BrowserSession browser = new BrowserSession(mvc);
		String english = browser.page("/exercises/glute-bridge");
		Matcher offered = SWITCH.matcher(english);
		assertThat(offered.find()).isTrue();
		String link = offered.group(1).replace("&amp;", "&");

		browser.perform(get(link))
			.andExpect(status().isSeeOther())
			.andExpect(header().string(HttpHeaders.LOCATION, "/exercises/glute-bridge"));
		assertThat(browser.language()).isEqualTo("es");

		// Her choice outranks the browser's own language, on a kept catalogue page too.
		String spanish = browser.perform(get("/exercises/glute-bridge").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(spanish).contains("<html lang=\"es\"").contains("Puente de glúteos");
		assertThat(open("/exercises/glute-bridge", "en").getResponse().getContentAsString())
			.as("another visitor, same address, same cache").contains("<h1>Glute bridge</h1>");
	}

	@Test
	void theSwitchGoesNowhereElse() throws Exception {
		for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)",
				"")) {
			mvc.perform(get("/language").param("to", "es").param("next", next))
				.andExpect(status().isSeeOther())
				.andExpect(header().string(HttpHeaders.LOCATION, "/"));
		}
		MvcResult unknown = mvc.perform(get("/language").param("to", "xx").param("next", "/learn"))
			.andExpect(header().string(HttpHeaders.LOCATION, "/learn"))
			.andReturn();
		assertThat(unknown.getResponse().getCookie("lang")).as("no cookie for a language the app lacks").isNull();
	}

	@Test
	void catalogueAnswersSayTheirLanguageAndVaryByIt() throws Exception {
		MvcResult spanish = open("/routines", "es");
		assertThat(spanish.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("es");
		assertThat(spanish.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Language");
		MvcResult english = open("/routines", "en");
		assertThat(english.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(spanish.getResponse().getHeader(HttpHeaders.ETAG));
	}

	@Test
	void theSpanishLibraryIsInItsOwnOrderAndFindsSpanishWords() throws Exception {
		String library = open("/exercises?q=puente", "es").getResponse().getContentAsString();
		assertThat(library).contains("Puente de glúteos").doesNotContain("Glute bridge");
		String accentless = open("/exercises?q=basculacion", "es").getResponse().getContentAsString();
		assertThat(accentless).contains("Basculación pélvica");

		String all = open("/exercises?page=1", "es").getResponse().getContentAsString();
		List<String> names = Pattern.compile("<h2><a[^>]*>([^<]+)</a>")
			.matcher(all)
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(names).hasSizeGreaterThan(3);
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es"));
		collator.setStrength(java.text.Collator.SECONDARY);
		assertThat(names).isSortedAccordingTo(collator::compare);
	}

	@Test
	void herAccountKeepsTheChoiceForHerNextDevice() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String email = phone.registerNewMother("idioma");
		phone.perform(get("/language").param("to", "es").param("next", "/account"));
		assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, email))
			.isEqualTo("es");

		BrowserSession laptop = new BrowserSession(mvc);
		assertThat(laptop.signIn(email, BrowserSession.PASSWORD)).isEqualTo("/account");
		assertThat(laptop.language()).as("signing in sets her language").isEqualTo("es");
		assertThat(laptop.page("/account")).contains("<html lang=\"es\"");
	}

	@Test
	void aChoiceMadeBeforeRegisteringBecomesHers() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		phone.perform(get("/language").param("to", "es").param("next", "/register"));
		String email = phone.registerNewMother("antes");
		assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, email))
			.isEqualTo("es");
		mvc.perform(get("/today").cookie(new Cookie("lang", "es")));
	}

}
