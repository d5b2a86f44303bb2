package com.postpartum.backcare.assessment;

import java.util.List;

import org.springframework.stereotype.Component;

import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.catalogue.SkipAdvice;

/**
 * The exercise page's "who should skip it", from the rules' own filter: one message per
 * flag whose filter leaves the exercise out (messages.properties skip.&lt;flag&gt;), with the
 * rules' thresholds as the numbers the words name.
 */
@Component
class RulesSkipAdvice implements SkipAdvice {

	@Override
	public List<Message> forExercise(ExerciseView exercise) {
		return TriageRules.filtersRulingOut(RulesCatalogueProvider.facts(exercise))
			.stream()
			.map(RulesSkipAdvice::message)
			.toList();
	}

	static Message message(FlagCode filter) {
		List<Object> thresholds = switch (filter) {
			case RECENT_CESAREAN -> List.of(TriageRules.CESAREAN_RECOVERY_WEEKS);
			case HIGH_PAIN -> List.of(TriageRules.HIGH_PAIN_FROM);
			default -> List.of();
		};
		return new Message("skip." + filter.name(), thresholds);
	}

}
