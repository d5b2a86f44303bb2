package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.postpartum.backcare.assessment.AssessmentRepository;
import com.postpartum.backcare.assessment.IntakeField;

/**
 * Generated malformed requests to every form and API endpoint: never a 5xx, a 4xx that
 * says what was wrong, and nothing stored by a refused request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedInputTest {

	/** Every field of the intake, and some it does not have. */
	static final List<String> FIELDS = Stream
		.concat(Arrays.stream(IntakeField.values()).map(IntakeField::fieldName), Stream.of("mood", "", "__proto__"))
		.toList();

	static final List<String> NASTY = List.of("-1", "521", "11", "2.5", "1e400", "99999999999999999999", "\"\"",
			"\"10\"", "null", "true", "[]", "{}", "\"VAGINAL\"", "\"vaginal\"", "[\"LOW_BACK\", 3]",
			"\"<script>alert(1)</script>\"", "\"'; drop table assessment; --\"", "\"\\u0000\"", "\"😀 é ß\"",
			"[\"SEVERE_PAIN\"]", "\"" + "x".repeat(100_000) + "\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentRepository assessments;

	@Test
	void aThousandMalformedApiRequestsAreAllExplainedFourHundreds() throws Exception {
		Random random = new Random(7);
		long stored = assessments.count();
		for (int i = 0; i < 1000; i++) {
			String body = malformedJson(random);
			MockHttpServletResponse response = mvc
				.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(body.length() > 300 ? body.substring(0, 300) : body)
				.isBetween(200, 499);
			if (response.getStatus() >= 400) {
				assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(response.getContentAsString()).contains("\"detail\"");
			}
		}
		assertThat(assessments.count()).isEqualTo(stored);
	}

	@Test
	void malformedFormsAreRefusedWithoutStoringAnything() throws Exception {
		Random random = new Random(11);
		long stored = assessments.count();
		int accepted = 0;
		for (int i = 0; i < 400; i++) {
			MockHttpServletRequestBuilder request = post(random.nextBoolean() ? "/intake" : "/check");
			for (int f = random.nextInt(8); f >= 0; f--) {
				request.param(FIELDS.get(random.nextInt(FIELDS.size())), NASTY.get(random.nextInt(NASTY.size())));
			}
			boolean withToken = random.nextInt(10) > 0;
			if (withToken) {
				request.with(csrf());
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).isLessThan(500);
			if (!withToken) {
				assertThat(response.getStatus()).isEqualTo(403);
			}
			if (response.getStatus() == 302) {
				accepted++;
			}
		}
		assertThat(assessments.count()).isEqualTo(stored + accepted);
	}

	@Test
	void malformedLibraryQueriesAreNeverServerErrors() throws Exception {
		Random random = new Random(13);
		List<String> parameters = List.of("q", "category", "position", "phase", "difficulty", "equipment", "page", "size");
		for (int i = 0; i < 300; i++) {
			MockHttpServletRequestBuilder request = get(random.nextBoolean() ? "/exercises" : "/api/v1/exercises");
			for (int p = random.nextInt(4); p >= 0; p--) {
				request.param(parameters.get(random.nextInt(parameters.size())), NASTY.get(random.nextInt(NASTY.size())));
			}
			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isIn(200, 400);
		}
	}

	private static String malformedJson(Random random) {
		StringBuilder body = new StringBuilder("{");
		int fields = 1 + random.nextInt(6);
		for (int f = 0; f < fields; f++) {
			if (f > 0) {
				body.append(", ");
			}
			body.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\": ")
				.append(NASTY.get(random.nextInt(NASTY.size())));
		}
		body.append('}');
		String json = body.toString();
		return switch (random.nextInt(10)) {
			case 0 -> json.substring(0, random.nextInt(json.length()));
			case 1 -> "[" + json + "]";
			case 2 -> json.replace(":", "");
			default -> json;
		};
	}

}
