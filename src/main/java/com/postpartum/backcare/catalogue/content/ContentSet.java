package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.content.ContentFile;

import java.util.List;

/** Everything read from the content folder, not yet validated. */
public record ContentSet(List<SourceDocument> sources, List<ContentFile<ExerciseDocument>> exercises,
		List<ContentFile<LearnDocument>> learnPages, List<ContentFile<RoutineDocument>> routines,
		List<TranslationSet> translations) {
}
