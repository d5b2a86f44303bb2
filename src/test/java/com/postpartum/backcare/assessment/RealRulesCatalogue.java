package com.postpartum.backcare.assessment;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.postpartum.backcare.assessment.RulesCatalogue.DosageFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.RoutineFacts;
import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.CodedEnum;
import com.postpartum.backcare.catalogue.Load;
import com.postpartum.backcare.catalogue.content.ContentReader;
import com.postpartum.backcare.catalogue.content.ContentSet;
import com.postpartum.backcare.catalogue.content.ExerciseDocument;
import com.postpartum.backcare.content.ContentFolderReader;

/** The shipped content files as the rules see them, read without Spring or a database. */
final class RealRulesCatalogue {

	static final RulesCatalogue INSTANCE = load();

	private RealRulesCatalogue() {
	}

	private static RulesCatalogue load() {
		ContentReader reader = new ContentReader(new PathMatchingResourcePatternResolver(), "file:content/");
		ContentSet content = reader.read();
		Map<String, ExerciseDocument> documents = content.exercises()
			.stream()
			.map(file -> file.document())
			.collect(Collectors.toMap(ExerciseDocument::slug, Function.identity()));
		Map<String, ExerciseFacts> exercises = documents.values()
			.stream()
			.map(d -> new ExerciseFacts(d.slug(), d.name(), d.summary(),
					CodedEnum.fromCode(Category.class, d.category()).orElseThrow(), load(d.abdominalLoad()),
					load(d.pelvicFloorLoad()), d.asymmetric(), d.beforeClearance(), d.difficulty(), d.regression(),
					new DosageFacts(d.slug(), d.dosage().sets(), d.dosage().reps(), d.dosage().holdSeconds(),
							d.dosage().perSide(), d.dosage().restSeconds())))
			.collect(Collectors.toMap(ExerciseFacts::slug, Function.identity()));
		Map<Integer, RoutineFacts> phases = content.routines()
			.stream()
			.map(file -> file.document())
			.filter(routine -> routine.phase() != null)
			.collect(Collectors.toMap(routine -> routine.phase(),
					routine -> new RoutineFacts(routine.slug(), routine.title(), routine.phase(), routine.timesPerWeek(),
							routine.exercises().stream().map(item -> {
								DosageFacts own = exercises.get(item.slug()).ownDosage();
								return new DosageFacts(item.slug(), item.sets() != null ? item.sets() : own.sets(),
										item.reps() != null ? item.reps() : own.reps(),
										item.holdSeconds() != null ? item.holdSeconds() : own.holdSeconds(),
										item.perSide() != null ? item.perSide() : own.perSide(),
										item.restSeconds() != null ? item.restSeconds() : own.restSeconds());
							}).toList())));
		FlagContent flags = FlagContent.of(new ContentFolderReader(new PathMatchingResourcePatternResolver(), "file:content/")
			.readFolder("flags", FlagDocument.class));
		return new RulesCatalogue(phases, exercises, flags.texts());
	}

	private static Load load(String code) {
		return CodedEnum.fromCode(Load.class, code).orElseThrow();
	}

}
