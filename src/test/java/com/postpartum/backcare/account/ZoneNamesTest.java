package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

	/** Generic English words a place name may carry ("St", "Bay", "North"): Spanish says them in its own words. */
	private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(North|South|East|West|New|Port|Cape|Bay|Islands?"
			+ "|Isle|Christmas|Easter|Saint|St|Grand|Lower|Upper|Fort|River|Creek|Inlet|Current|Lake|Mount|Falls"
			+ "|Springs|Harbou?r|City|Town|Head|Sound|Point|Beach|Coast|Cent(er|re)|Central|Pole)\\b");

	/** Real proper names Spanish texts keep as they are (never "Bahía del Trueno"): the English word is the name's. */
	private static final Map<String, String> KEPT_NAMES = Map.ofEntries(
			Map.entry("Cambridge Bay", "Nunavut town, kept in Spanish texts"),
			Map.entry("Coral Harbour", "Nunavut hamlet, kept in Spanish texts"),
			Map.entry("Dawson Creek", "British Columbia city, kept in Spanish texts"),
			Map.entry("Fort Nelson", "British Columbia town, kept in Spanish texts"),
			Map.entry("Fort Wayne", "Indiana city, kept in Spanish texts"),
			Map.entry("Glace Bay", "Nova Scotia town, kept in Spanish texts"),
			Map.entry("Goose Bay", "Labrador town (Happy Valley-Goose Bay), kept in Spanish texts"),
			Map.entry("Tell City", "Indiana town, kept in Spanish texts"),
			Map.entry("Center", "Center, North Dakota, a town whose name is not translated"),
			Map.entry("New Salem", "New Salem, North Dakota, a town whose name is not translated"),
			Map.entry("Rainy River", "Ontario town, kept in Spanish texts"),
			Map.entry("Rankin Inlet", "Nunavut hamlet, kept in Spanish texts"),
			Map.entry("Swift Current", "Saskatchewan city, kept in Spanish texts"),
			Map.entry("Thunder Bay", "Ontario city, kept in Spanish texts"),
			Map.entry("Broken Hill", "New South Wales city, kept in Spanish texts"),
			Map.entry("Port Moresby", "capital of Papua New Guinea, Port Moresby in Spanish too"));

	@Test
	void noSpanishCityCarriesAGenericEnglishWord() {
		assertThat(names.labels(SPANISH).values()).filteredOn(label -> label.contains("/")).filteredOn(label -> {
			String place = label.substring(label.indexOf('/') + 1, label.indexOf(" ("));
			for (String kept : KEPT_NAMES.keySet()) {
				place = place.replace(kept, "");
			}
			return ENGLISH_WORD.matcher(place).find();
		}).isEmpty();
	}

	@Test
	void spanishHasItsOwnNamesForSaintsIslandsAndStates() {
		Map<String, String> labels = names.labels(SPANISH);
		assertThat(labels.get("America/St_Johns")).startsWith("América/San Juan de Terranova (");
		assertThat(labels.get("Atlantic/St_Helena")).startsWith("Atlántico/Santa Elena (");
		assertThat(labels.get("America/North_Dakota/New_Salem")).startsWith("América/Dakota del Norte/New Salem (");
		assertThat(labels.get("Indian/Christmas")).startsWith("Índico/Isla de Navidad (");
		assertThat(labels.get("America/Thunder_Bay")).startsWith("América/Thunder Bay (");
	}

	/** English exonyms and missing accents: a Spanish reader knows Argel, not Algiers; Córdoba, not Cordoba. */
	@Test
	void spanishWritesCitiesAsSpanishDoes() {
		Map<String, String> labels = names.labels(SPANISH);
		assertThat(labels.get("Africa/Algiers")).startsWith("África/Argel (");
		assertThat(labels.get("America/Ciudad_Juarez")).startsWith("América/Ciudad Juárez (");
		assertThat(labels.get("America/Argentina/Cordoba")).startsWith("América/Argentina/Córdoba (");
		assertThat(labels.get("America/Bahia_Banderas")).startsWith("América/Bahía de Banderas (");
		assertThat(labels.get("America/Los_Angeles")).startsWith("América/Los Ángeles (");
		assertThat(labels.get("Asia/Kolkata")).startsWith("Asia/Calcuta (");
		assertThat(labels.get("Europe/Istanbul")).startsWith("Europa/Estambul (");
		assertThat(labels.get("Europe/Kyiv")).startsWith("Europa/Kiev (");
		assertThat(labels.get("Australia/Sydney")).startsWith("Australia/Sídney (");
	}

	@Test
	void englishKeepsTheTzDatabasesNames() {
		assertThat(names.labels(Locale.ENGLISH).get("America/Port_of_Spain")).isEqualTo("America/Port of Spain");
	}

	@Test
	void everyNamedCityIsAListedZone() {
		// Zone ids have no dots: every dot of a key was a slash ("America.North_Dakota.Center").
		assertThat(ZoneNames.NAMED_CITIES).allSatisfy(
				key -> assertThat(ReminderForm.LISTED_ZONES).contains(key.replace('.', '/')));
	}

}
