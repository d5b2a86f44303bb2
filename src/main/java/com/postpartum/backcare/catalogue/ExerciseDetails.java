package com.postpartum.backcare.catalogue;

import java.util.List;

/** What the exercise page needs: the exercise, its named easier and harder neighbours, related pages. */
public record ExerciseDetails(ExerciseView exercise, CatalogueLink easier, CatalogueLink harder, List<CatalogueLink> relatedPages,
		List<CatalogueLink> routines) {
}
