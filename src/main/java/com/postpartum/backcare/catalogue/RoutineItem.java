package com.postpartum.backcare.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One exercise of a routine, with the routine's own numbers where they differ from the exercise's. */
@Entity
@Table(name = "routine_item")
public class RoutineItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "routine_id")
	private Routine routine;

	@Column(nullable = false)
	private int position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "exercise_id")
	private Exercise exercise;

	private Integer sets;

	private Integer reps;

	@Column(name = "hold_seconds")
	private Integer holdSeconds;

	@Column(name = "per_side")
	private Boolean perSide;

	@Column(name = "rest_seconds")
	private Integer restSeconds;

	@Column(length = 1000)
	private String note;

	protected RoutineItem() {
	}

	public RoutineItem(Exercise exercise, Integer sets, Integer reps, Integer holdSeconds, Boolean perSide,
			Integer restSeconds, String note) {
		this.exercise = exercise;
		this.sets = sets;
		this.reps = reps;
		this.holdSeconds = holdSeconds;
		this.perSide = perSide;
		this.restSeconds = restSeconds;
		this.note = note;
	}

	void copyFrom(RoutineItem other) {
		this.exercise = other.exercise;
		this.sets = other.sets;
		this.reps = other.reps;
		this.holdSeconds = other.holdSeconds;
		this.perSide = other.perSide;
		this.restSeconds = other.restSeconds;
		this.note = other.note;
	}

	void attachTo(Routine routine, int position) {
		this.routine = routine;
		this.position = position;
	}

	/** The exercise's own dosage with this routine's numbers laid over it. */
	public Dosage getDosage() {
		return exercise.getDosage().overriddenBy(sets, reps, holdSeconds, perSide, restSeconds);
	}

	public Exercise getExercise() {
		return exercise;
	}

	public String getNote() {
		return note;
	}

}
