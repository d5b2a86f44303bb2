package com.postpartum.backcare.catalogue;

/** A named link to another catalogue item. */
public record CatalogueLink(String slug, String title) {
}
