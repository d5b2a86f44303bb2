package com.postpartum.backcare.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * How much of an exercise to do. Either reps (each optionally held) or a single hold;
 * the exercise's {@link Provenance} tells which numbers the article gave.
 */
@Embeddable
public record Dosage(@Column(name = "dosage_sets") int sets, @Column(name = "dosage_reps") @Nullable Integer reps,
		@Column(name = "dosage_hold_seconds") @Nullable Integer holdSeconds, @Column(name = "dosage_per_side") boolean perSide,
		@Column(name = "dosage_rest_seconds") int restSeconds, @Column(name = "dosage_note", length = 1000) String note) {

	/** Seconds this dosage takes, rests between sets and getting into position included. */
	public int estimatedSeconds() {
		return ExerciseTiming.seconds(sets, reps, holdSeconds, perSide, restSeconds);
	}

	/** The same dosage with a routine's own numbers where it gives them. */
	public Dosage overriddenBy(Integer sets, Integer reps, Integer holdSeconds, Boolean perSide, Integer restSeconds) {
		return new Dosage(sets != null ? sets : this.sets, reps != null ? reps : this.reps,
				holdSeconds != null ? holdSeconds : this.holdSeconds, perSide != null ? perSide : this.perSide,
				restSeconds != null ? restSeconds : this.restSeconds, note);
	}

}
