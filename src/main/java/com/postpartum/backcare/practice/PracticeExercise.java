package com.postpartum.backcare.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One exercise of a day's practice. */
@Embeddable
public record PracticeExercise(@Column(name = "exercise_slug", nullable = false, length = 80) String exerciseSlug,
		@Column(nullable = false) boolean done, @Column(nullable = false) boolean hurt) {
}
