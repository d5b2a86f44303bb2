package com.postpartum.backcare.catalogue;

/** A named link to another catalogue item. */
public record Link(String slug, String title) {
}
