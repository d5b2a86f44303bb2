package com.postpartum.backcare.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Which parts of an exercise a cited article gives and which the app chose, told part by
 * part so that a page never claims more for the article than it says (docs/content-guide.md).
 */
@Embeddable
@Schema(description = "Where each part of the exercise comes from: 'article' when a cited article gives it "
		+ "(told in our own words), 'ours' when the app wrote or chose it. Rest times are always the app's choice.")
public record Provenance(

		@Schema(description = "The steps: 'article' when a cited article describes how to do the exercise, "
				+ "'ours' when it only names it")
		@Enumerated(EnumType.STRING) @Column(name = "provenance_steps", nullable = false, length = 10)
		Origin steps,

		@Schema(description = "The amount in one set: dosage.reps, dosage.holdSeconds and dosage.perSide")
		@Enumerated(EnumType.STRING) @Column(name = "provenance_reps_and_hold", nullable = false, length = 10)
		Origin repsAndHold,

		@Schema(description = "The number of sets: dosage.sets")
		@Enumerated(EnumType.STRING) @Column(name = "provenance_sets", nullable = false, length = 10)
		Origin sets) {
}
