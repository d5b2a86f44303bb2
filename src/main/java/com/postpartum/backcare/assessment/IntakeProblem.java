package com.postpartum.backcare.assessment;

/** One answer that cannot be used: the field (as named in TRIAGE.md) and what is wrong, in words. */
public record IntakeProblem(String field, String message) {
}
