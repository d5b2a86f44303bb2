package com.postpartum.backcare.catalogue;

/** Published after the content was (re)loaded, so anything derived from the catalogue can refresh. */
public record CatalogueLoadedEvent() {
}
