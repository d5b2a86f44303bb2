package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The time zone list in Spanish: regions and zone names in Spanish, cities as Spanish readers know them. */
class ZoneNamesTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final ZoneNames names = new ZoneNames(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void spanishNamesTheRegionTheCityAndTheZone() {
		Map<String, String> labels = names.labels(SPANISH);
		assertThat(labels.get("Europe/Madrid")).isEqualTo("Europa/Madrid (hora de Europa central)");
		assertThat(labels.get("America/New_York")).startsWith("América/Nueva York (");
		assertThat(labels.get("America/Port_of_Spain")).startsWith("América/Puerto España (");
		assertThat(labels.get("UTC")).isEqualTo("UTC");
		assertThat(labels).hasSameSizeAs(ReminderForm.LISTED_ZONES);
	}

	@Test
	void englishKeepsTheTzDatabasesNames() {
		assertThat(names.labels(Locale.ENGLISH).get("America/Port_of_Spain")).isEqualTo("America/Port of Spain");
	}

	@Test
	void everyNamedCityIsAListedZone() {
		assertThat(ZoneNames.NAMED_CITIES).allSatisfy(
				key -> assertThat(ReminderForm.LISTED_ZONES).contains(key.replaceFirst("\\.", "/")));
	}

}
