package com.postpartum.backcare.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param contentLocation where the content files are read: the copy packaged in the jar by
 * default, or a folder (file:./content/) so clinicians can edit without a rebuild
 */
@ConfigurationProperties("catalogue")
public record CatalogueProperties(@DefaultValue("classpath:content/") String contentLocation) {
}
