package com.postpartum.backcare.assessment;

/** How urgent the answer is, most serious first; ADVICE flags leave an assessment at PROCEED. */
public enum Level {

	EMERGENCY, URGENT, CLINICIAN_REVIEW, ADVICE, PROCEED;

	boolean isMoreSeriousThan(Level other) {
		return ordinal() < other.ordinal();
	}

	/** EMERGENCY and URGENT answers carry no routine and show no exercise. */
	public boolean allowsRoutine() {
		return this != EMERGENCY && this != URGENT;
	}

}
