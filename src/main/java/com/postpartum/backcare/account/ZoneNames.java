package com.postpartum.backcare.account;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the reminders' list names each time zone in her language (docs/architecture.md,
 * "Languages"). In English the tz database's own names ("Europe/London"). In another language
 * the region in its words and the zone's name from Java's locale data beside the city, which
 * the tz database names only in English: "Europa/Madrid (hora de Europa central)". Built once
 * per language, about 600 labels.
 */
@Component
public class ZoneNames {

	/** The regions of the listed zones (ReminderForm.LISTED_ZONES): message keys zone.region.*. */
	static final List<String> REGIONS = List.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia",
			"Europe", "Indian", "Pacific");

	/** Zones whose city has messages of its own (zone.city.*), as keys: "America.New_York". */
	public static final List<String> NAMED_CITIES = List.of(
			// Grouped by region (REGIONS order), alphabetical within one
			"Africa.Addis_Ababa", "Africa.Algiers", "Africa.Bissau", "Africa.Cairo", "Africa.Casablanca",
			"Africa.Conakry", "Africa.Djibouti", "Africa.El_Aaiun", "Africa.Johannesburg", "Africa.Juba",
			"Africa.Khartoum", "Africa.Lome", "Africa.Mogadishu", "Africa.Ndjamena", "Africa.Nouakchott",
			"Africa.Ouagadougou", "Africa.Sao_Tome", "Africa.Timbuktu", "Africa.Tripoli", "Africa.Tunis",
			"America.Anguilla", "America.Araguaina", "America.Argentina.ComodRivadavia", "America.Argentina.Cordoba",
			"America.Argentina.Rio_Gallegos", "America.Argentina.Tucuman", "America.Asuncion", "America.Bahia",
			"America.Bahia_Banderas", "America.Belem", "America.Belize", "America.Bogota", "America.Cancun",
			"America.Cayenne", "America.Cayman", "America.Ciudad_Juarez", "America.Cordoba", "America.Cuiaba",
			"America.Curacao", "America.Eirunepe", "America.Grand_Turk", "America.Grenada", "America.Guadeloupe",
			"America.Havana", "America.Los_Angeles", "America.Lower_Princes", "America.Maceio", "America.Manaus",
			"America.Martinique", "America.Mazatlan", "America.Merida", "America.Mexico_City", "America.Miquelon",
			"America.New_York", "America.North_Dakota.Beulah", "America.North_Dakota.Center",
			"America.North_Dakota.New_Salem", "America.Panama", "America.Port-au-Prince", "America.Port_of_Spain",
			"America.Santarem", "America.Sao_Paulo", "America.St_Barthelemy", "America.St_Johns", "America.St_Kitts",
			"America.St_Lucia", "America.St_Thomas", "America.St_Vincent", "America.Tortola", "America.Virgin",
			"Antarctica.South_Pole",
			"Asia.Aden", "Asia.Amman", "Asia.Ashgabat", "Asia.Ashkhabad", "Asia.Baghdad", "Asia.Bahrain", "Asia.Baku",
			"Asia.Bishkek", "Asia.Brunei", "Asia.Calcutta", "Asia.Dacca", "Asia.Damascus", "Asia.Dhaka", "Asia.Dubai",
			"Asia.Dushanbe", "Asia.Hebron", "Asia.Ho_Chi_Minh", "Asia.Istanbul", "Asia.Jakarta", "Asia.Jerusalem",
			"Asia.Kathmandu", "Asia.Katmandu", "Asia.Kolkata", "Asia.Macau", "Asia.Muscat", "Asia.Phnom_Penh",
			"Asia.Pyongyang", "Asia.Qatar", "Asia.Rangoon", "Asia.Riyadh", "Asia.Saigon", "Asia.Sakhalin",
			"Asia.Samarkand", "Asia.Seoul", "Asia.Shanghai", "Asia.Singapore", "Asia.Taipei", "Asia.Tashkent",
			"Asia.Tbilisi", "Asia.Tehran", "Asia.Thimbu", "Asia.Thimphu", "Asia.Tokyo", "Asia.Ulaanbaatar",
			"Asia.Ulan_Bator", "Asia.Vientiane", "Asia.Yangon", "Asia.Yekaterinburg", "Asia.Yerevan",
			"Atlantic.Azores", "Atlantic.Bermuda", "Atlantic.Canary", "Atlantic.Cape_Verde", "Atlantic.Faeroe",
			"Atlantic.Faroe", "Atlantic.Reykjavik", "Atlantic.South_Georgia", "Atlantic.St_Helena",
			"Australia.ACT", "Australia.Adelaide", "Australia.LHI", "Australia.Lord_Howe", "Australia.NSW",
			"Australia.North", "Australia.South", "Australia.Sydney", "Australia.West",
			"Europe.Amsterdam", "Europe.Astrakhan", "Europe.Athens", "Europe.Belgrade", "Europe.Berlin",
			"Europe.Brussels", "Europe.Bucharest", "Europe.Busingen", "Europe.Chisinau", "Europe.Copenhagen",
			"Europe.Dublin", "Europe.Isle_of_Man", "Europe.Istanbul", "Europe.Kaliningrad", "Europe.Kyiv",
			"Europe.Lisbon", "Europe.Ljubljana", "Europe.London", "Europe.Luxembourg", "Europe.Monaco", "Europe.Moscow",
			"Europe.Paris", "Europe.Prague", "Europe.Rome", "Europe.Simferopol", "Europe.Skopje", "Europe.Sofia",
			"Europe.Stockholm", "Europe.Tallinn", "Europe.Tirane", "Europe.Vatican", "Europe.Vienna",
			"Europe.Volgograd", "Europe.Warsaw", "Europe.Zaporozhye", "Europe.Zurich",
			"Indian.Christmas", "Indian.Cocos", "Indian.Comoro", "Indian.Mahe", "Indian.Maldives", "Indian.Mauritius",
			"Indian.Reunion",
			"Pacific.Easter", "Pacific.Fiji", "Pacific.Galapagos", "Pacific.Johnston", "Pacific.Midway",
			"Pacific.Norfolk", "Pacific.Noumea", "Pacific.Pitcairn", "Pacific.Saipan", "Pacific.Tahiti",
			"Pacific.Wake");

	private final MessageSource messages;

	private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

	ZoneNames(MessageSource messages) {
		this.messages = messages;
	}

	/** Each listed zone's label, in the list's order. */
	Map<String, String> labels(Locale language) {
		return byLanguage.computeIfAbsent(language.getLanguage(), code -> {
			Map<String, String> labels = new LinkedHashMap<>();
			ReminderForm.LISTED_ZONES.forEach(zone -> labels.put(zone, label(zone, language)));
			return Map.copyOf(labels);
		});
	}

	String label(String zone, Locale language) {
		String plain = zone.replace('_', ' ');
		int slash = zone.indexOf('/');
		if (language.getLanguage().equals(Locale.ENGLISH.getLanguage()) || slash < 0
				|| !REGIONS.contains(zone.substring(0, slash))) {
			return plain;
		}
		String region = messages.getMessage("zone.region." + zone.substring(0, slash), null, language);
		String key = zone.replace('/', '.');
		String place = NAMED_CITIES.contains(key) ? messages.getMessage("zone.city." + key, null, language)
				: plain.substring(slash + 1);
		return region + "/" + place + " (" + ZoneId.of(zone).getDisplayName(TextStyle.FULL, language) + ")";
	}

}
