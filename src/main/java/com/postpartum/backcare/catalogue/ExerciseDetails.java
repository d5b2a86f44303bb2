package com.postpartum.backcare.catalogue;

import java.util.List;

/** What the exercise page needs: the exercise, its named easier and harder neighbours, related pages. */
public record ExerciseDetails(ExerciseView exercise, Link easier, Link harder, List<Link> relatedPages,
		List<Link> routines) {
}
