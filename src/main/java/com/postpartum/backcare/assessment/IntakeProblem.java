package com.postpartum.backcare.assessment;

/** One answer that cannot be used: the field (as named in docs/clinical-rules.md) and what is wrong, in words. */
public record IntakeProblem(String field, String message) {
}
