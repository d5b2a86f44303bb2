package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;
import com.postpartum.backcare.catalogue.SkipAdvice.Message;

/**
 * Every exercise page of the real catalogue says "skip it" for exactly the flags whose
 * filter leaves that exercise out of a routine (docs/clinical-rules.md, section 5), and
 * "gentle enough" only when no filter does and it loads nothing moderately.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExercisePagesFollowTheRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RulesCatalogueProvider rulesCatalogue;

	@Autowired
	MessageSource messages;

	@Test
	void everyExercisePageNamesExactlyTheFiltersThatRuleItOut() throws Exception {
		List<ExerciseFacts> exercises = List.copyOf(rulesCatalogue.current().exercises().values());
		assertThat(exercises).hasSize(35);
		List<String> disagreements = new ArrayList<>();
		int skipLines = 0;
		for (ExerciseFacts exercise : exercises) {
			String page = page(exercise.slug());
			boolean anyRuledOut = false;
			for (FlagCode flag : FlagCode.values()) {
				boolean ruledOut = TriageRules.exclusionReason(exercise, EnumSet.of(flag)).isPresent();
				String words = words(flag);
				boolean said = words != null && page.contains(words);
				if (ruledOut != said) {
					disagreements.add(exercise.slug() + " " + flag + ": the rules " + (ruledOut ? "leave it out" : "keep it")
							+ ", the page " + (said ? "says skip it" : "says nothing"));
				}
				anyRuledOut |= ruledOut;
				skipLines += said ? 1 : 0;
			}
			boolean moderate = exercise.abdominalLoad() == com.postpartum.backcare.catalogue.Load.MODERATE
					|| exercise.pelvicFloorLoad() == com.postpartum.backcare.catalogue.Load.MODERATE;
			if (page.contains(text("exercise.skip.none")) == (anyRuledOut || moderate)) {
				disagreements.add(exercise.slug() + ": 'gentle enough' is wrong");
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(skipLines).as("the check found skip lines at all").isGreaterThan(35);
	}

	@Test
	void theWordsNameTheRulesOwnThresholds() {
		assertThat(words(FlagCode.HIGH_PAIN)).contains(" " + TriageRules.HIGH_PAIN_FROM + " out of 10");
		assertThat(words(FlagCode.RECENT_CESAREAN)).contains(" " + TriageRules.CESAREAN_RECOVERY_WEEKS + " weeks");
	}

	private String page(String slug) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/exercises/" + slug)).andReturn().getResponse().getContentAsString());
	}

	/** The page's sentence for a filter, or null for a flag that filters nothing. */
	private String words(FlagCode flag) {
		Message message = RulesSkipAdvice.message(flag);
		return messages.getMessage(message.key(), message.arguments().toArray(), null, Locale.ENGLISH);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

}
