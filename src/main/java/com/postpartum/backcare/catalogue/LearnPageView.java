package com.postpartum.backcare.catalogue;

import java.util.List;

/** A habit or education page, with links to the exercises it mentions. */
public record LearnPageView(String slug, String title, String summary, LearnKind kind, String bodyHtml,
		List<CatalogueLink> relatedExercises, List<String> sources) {
}
