// On /account, before she has saved her reminders: choose her device's time zone in the list
// (Intl gives its IANA id), so the default is where she is. Without this script, or when the
// browser does not say, the list shows Europe/London and she picks her own.
(function () {
	'use strict';
	var select = document.querySelector('select[data-detect]');
	if (!select || typeof Intl === 'undefined' || !Intl.DateTimeFormat) {
		return;
	}
	var zone;
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	}
	catch (e) {
		return;
	}
	if (!zone) {
		return;
	}
	for (var i = 0; i < select.options.length; i++) {
		if (select.options[i].value === zone) {
			select.value = zone;
			return;
		}
	}
	// A zone the list leaves out (the server accepts every id Java knows): offered first.
	select.add(new Option(zone, zone, true, true), 0);
}());
