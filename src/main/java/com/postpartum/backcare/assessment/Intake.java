package com.postpartum.backcare.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * A mother's answers, already checked for type and range (see {@link IntakeParser}).
 * Optional answers carry their docs/clinical-rules.md defaults; the Integers may be null when not given.
 */
public record Intake(int weeksSinceBirth, Delivery delivery, Clearance clearedForExercise, boolean breastfeeding,
		boolean epiduralOrSpinal, Set<PainArea> painAreas, int painNow, Integer painWorstLastWeek,
		PainTrend painTrend, Integer painWeeks, Separation abdominalSeparation, Leakage leakage,
		boolean pelvicHeaviness, Set<FlagCode> redFlags) {

	public Intake {
		painAreas = painAreas.isEmpty() ? EnumSet.noneOf(PainArea.class) : EnumSet.copyOf(painAreas);
		redFlags = redFlags.isEmpty() ? EnumSet.noneOf(FlagCode.class) : EnumSet.copyOf(redFlags);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builds an intake with docs/clinical-rules.md's defaults for the optional answers. */
	public static final class Builder {

		private int weeksSinceBirth;

		private Delivery delivery = Delivery.VAGINAL;

		private Clearance cleared = Clearance.YES;

		private boolean breastfeeding;

		private boolean epiduralOrSpinal;

		private Set<PainArea> painAreas = EnumSet.noneOf(PainArea.class);

		private int painNow;

		private Integer painWorstLastWeek;

		private PainTrend painTrend = PainTrend.SAME;

		private Integer painWeeks;

		private Separation separation = Separation.UNSURE;

		private Leakage leakage = Leakage.NONE;

		private boolean pelvicHeaviness;

		private Set<FlagCode> redFlags = EnumSet.noneOf(FlagCode.class);

		public Builder weeks(int weeks) {
			this.weeksSinceBirth = weeks;
			return this;
		}

		public Builder delivery(Delivery delivery) {
			this.delivery = delivery;
			return this;
		}

		public Builder cleared(Clearance cleared) {
			this.cleared = cleared;
			return this;
		}

		public Builder breastfeeding(boolean breastfeeding) {
			this.breastfeeding = breastfeeding;
			return this;
		}

		public Builder epiduralOrSpinal(boolean epiduralOrSpinal) {
			this.epiduralOrSpinal = epiduralOrSpinal;
			return this;
		}

		public Builder painAreas(Set<PainArea> painAreas) {
			this.painAreas = painAreas;
			return this;
		}

		public Builder painNow(int painNow) {
			this.painNow = painNow;
			return this;
		}

		public Builder painWorstLastWeek(Integer painWorstLastWeek) {
			this.painWorstLastWeek = painWorstLastWeek;
			return this;
		}

		public Builder painTrend(PainTrend painTrend) {
			this.painTrend = painTrend;
			return this;
		}

		public Builder painWeeks(Integer painWeeks) {
			this.painWeeks = painWeeks;
			return this;
		}

		public Builder separation(Separation separation) {
			this.separation = separation;
			return this;
		}

		public Builder leakage(Leakage leakage) {
			this.leakage = leakage;
			return this;
		}

		public Builder pelvicHeaviness(boolean pelvicHeaviness) {
			this.pelvicHeaviness = pelvicHeaviness;
			return this;
		}

		public Builder redFlags(Set<FlagCode> redFlags) {
			this.redFlags = redFlags;
			return this;
		}

		public Intake build() {
			return new Intake(weeksSinceBirth, delivery, cleared, breastfeeding, epiduralOrSpinal, painAreas, painNow,
					painWorstLastWeek, painTrend, painWeeks, separation, leakage, pelvicHeaviness, redFlags);
		}

	}

	public enum Delivery {

		VAGINAL, ASSISTED_VAGINAL, CESAREAN

	}

	public enum Clearance {

		YES, NO, NOT_YET_CHECKED

	}

	public enum PainArea {

		LOW_BACK, MID_UPPER_BACK, PELVIC_GIRDLE, BUTTOCK_HIP, ONE_LEG, BOTH_LEGS, NECK_SHOULDERS

	}

	public enum PainTrend {

		IMPROVING, SAME, WORSENING

	}

	public enum Separation {

		NO, SMALL, LARGE, UNSURE

	}

	public enum Leakage {

		NONE, STABLE, WORSENING

	}

}
