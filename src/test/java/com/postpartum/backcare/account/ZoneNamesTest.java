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

	/** Saints, islands and states in Spanish words; English exonyms and missing accents as Spanish writes them. */
	private static final Map<String, String> SPANISH_LABELS = Map.ofEntries(
			Map.entry("America/St_Johns", "América/San Juan de Terranova ("),
			Map.entry("Atlantic/St_Helena", "Atlántico/Santa Elena ("),
			Map.entry("America/North_Dakota/New_Salem", "América/Dakota del Norte/New Salem ("),
			Map.entry("Indian/Christmas", "Índico/Isla de Navidad ("),
			Map.entry("America/Thunder_Bay", "América/Thunder Bay ("),
			Map.entry("Africa/Algiers", "África/Argel ("),
			Map.entry("America/Ciudad_Juarez", "América/Ciudad Juárez ("),
			Map.entry("America/Argentina/Cordoba", "América/Argentina/Córdoba ("),
			Map.entry("America/Bahia_Banderas", "América/Bahía de Banderas ("),
			Map.entry("America/Los_Angeles", "América/Los Ángeles ("),
			Map.entry("Asia/Kolkata", "Asia/Calcuta ("),
			Map.entry("Europe/Istanbul", "Europa/Estambul ("),
			Map.entry("Europe/Kyiv", "Europa/Kiev ("),
			Map.entry("Australia/Sydney", "Australia/Sídney ("));

	@Test
	void spanishCallsPlacesByTheirSpanishNames() {
		Map<String, String> labels = names.labels(SPANISH);
		assertThat(SPANISH_LABELS).allSatisfy((zone, start) -> assertThat(labels.get(zone)).startsWith(start));
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
