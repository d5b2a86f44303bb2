// Working with no connection (docs/architecture.md, "Offline"), on every page: registers the
// service worker, says when a page is a kept copy, keeps a session finished offline in
// IndexedDB and sends it when the connection is back (on this page's load and on `online`),
// each under an id made here, so the server stores it once however often it is sent.
(function () {
  'use strict';
  var self = document.currentScript;
  var words = self ? self.dataset : {};
  var main = document.getElementById('main');

  function notice(text, urgent) {
    if (!main || !text) { return null; }
    var note = document.createElement('p');
    note.className = urgent ? 'error-summary' : 'notice';
    note.setAttribute('role', 'status');
    note.textContent = text;
    var heading = main.querySelector('h1');
    main.insertBefore(note, heading ? heading.nextSibling : main.firstChild);
    return note;
  }

  if (document.documentElement.dataset.keptCopy) {
    notice(words.keptCopy);
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { return undefined; });
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) { registration.active.postMessage({ keepLibraryIn: document.documentElement.lang }); }
    });
  }

  // Unsent sessions: done offline, waiting to be sent, by id.
  var DB = 'backcare-unsent';
  function unsent(mode, work) {
    return new Promise(function (resolve, reject) {
      if (!('indexedDB' in window)) { reject(new Error('no IndexedDB')); return; }
      var open = indexedDB.open(DB, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('sessions', { keyPath: 'id' }); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var db = open.result;
        var tx = db.transaction('sessions', mode);
        var result = work(tx.objectStore('sessions'));
        tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      };
    });
  }
  function keep(session) { return unsent('readwrite', function (store) { store.put(session); }); }
  function waiting() { return unsent('readonly', function (store) { return store.getAll(); }); }
  function sent(id) { return unsent('readwrite', function (store) { store.delete(id); }); }

  var sending = false;
  function sendWaiting() {
    if (sending) { return Promise.resolve(); }
    sending = true;
    return waiting().then(function (sessions) {
      if (!sessions || !sessions.length) { return undefined; }
      return fetch('/today/sessions/token', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          // Signed out (the sign-in page) or anything else: they wait for the next time.
          if (!response.ok || response.redirected) { throw new Error('no token'); }
          return response.json();
        })
        .then(function (csrf) {
          return sessions.reduce(function (previous, session) {
            return previous.then(function () { return sendOne(session, csrf); });
          }, Promise.resolve());
        });
    }).catch(function () { return undefined; }).then(function () { sending = false; });
  }
  function sendOne(session, csrf) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[csrf.header] = csrf.token;
    return fetch('/today/sessions', {
      method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(session)
    }).then(function (response) {
      if (response.status === 200 || response.status === 400) {
        // Stored (or refused for good, with the reason in words): either way it is not sent again.
        return response.json().then(function (answer) {
          notice(answer.message || answer.detail, response.status === 400);
          return sent(session.id);
        });
      }
      return undefined;
    });
  }
  sendWaiting();
  window.addEventListener('online', sendWaiting);

  // /today: a start or a finish that cannot reach the server is done here instead.
  var start = document.querySelector('form.today-start');
  var sessionForm = document.querySelector('form.today-session');

  function record(form, painBefore) {
    var painAfter = form.querySelector('input[name="painAfter"]:checked');
    return {
      id: crypto.randomUUID(),
      // The app's day is the UTC day (docs/architecture.md, "One clock").
      day: new Date().toISOString().slice(0, 10),
      painBefore: painBefore,
      painAfter: painAfter ? parseInt(painAfter.value, 10) : null,
      exercises: Array.prototype.map.call(form.querySelectorAll('.today-item'), function (item) {
        var done = item.querySelector('input[name="done"]');
        var hurt = item.querySelector('input[name="hurt"]');
        return { slug: done.value, done: done.checked, hurt: hurt.checked };
      })
    };
  }

  function keptHere(form, session) {
    return keep(session).then(function () {
      form.parentNode.removeChild(form);
      var note = notice(words.savedHere);
      if (note) { note.tabIndex = -1; note.focus(); }
    });
  }

  // Sent by script so that a failure (no connection) leaves her on this page with what she entered.
  function post(form) {
    return fetch(form.action, {
      method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form))
    });
  }

  function finishing(form) {
    form.addEventListener('submit', function (event) {
      if (!form.querySelector('input[name="painAfter"]:checked')) { return; }
      event.preventDefault();
      var painBefore = parseInt(form.dataset.painBefore, 10);
      if (form.dataset.offline === 'true') {
        keptHere(form, record(form, painBefore));
        return;
      }
      var session = record(form, painBefore);
      if (navigator.onLine === false) { keptHere(form, session); return; }
      post(form).then(function (response) {
        window.location.assign(response.redirected ? response.url : '/today');
      }, function () { keptHere(form, session); });
    });
  }
  if (sessionForm) { finishing(sessionForm); }

  if (start) {
    start.addEventListener('submit', function (event) {
      var chosen = start.querySelector('input[name="painBefore"]:checked');
      if (!chosen) { return; }
      event.preventDefault();
      if (navigator.onLine === false) { startHere(parseInt(chosen.value, 10)); return; }
      post(start).then(function (response) {
        if (response.redirected) { window.location.assign(response.url); } else { start.submit(); }
      }, function () { startHere(parseInt(chosen.value, 10)); });
    });
  }

  // The day's sessions for a start with no connection live at their own address (its query is the
  // plan's fingerprint): fetched once while online, through the worker, which keeps them.
  var offlineSessions = start && start.dataset.offlineSessions;
  if (offlineSessions && window.caches && navigator.onLine !== false) {
    caches.match(offlineSessions).then(function (kept) {
      if (!kept) { fetch(offlineSessions, { credentials: 'same-origin' }).catch(function () { return undefined; }); }
    });
  }

  function keptSessions() {
    return fetch(offlineSessions, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('no kept sessions'); }
      return response.text();
    }).then(function (html) { return new DOMParser().parseFromString(html, 'text/html'); });
  }

  function startHere(painBefore) {
    if (!offlineSessions) { notice(start.dataset.noOfflineSession, true); return; }
    keptSessions().then(function (sessions) {
      if (painBefore >= 8) {
        // A day stopped for pain: the advice, and the day kept as rest to send later.
        start.parentNode.insertBefore(document.importNode(sessions.getElementById('offline-severe').content, true), start);
        start.hidden = true;
        keep({ id: crypto.randomUUID(), day: new Date().toISOString().slice(0, 10), painBefore: painBefore,
          painAfter: null, exercises: [] });
        return;
      }
      // Pain of 6 or 7: the lighter session the server would give, with its words.
      var template = sessions.getElementById(painBefore >= 6 ? 'offline-session-lighter' : 'offline-session');
      if (!template) { throw new Error('no session for this pain'); }
      var content = document.importNode(template.content, true);
      var session = content.querySelector('form.today-session');
      session.dataset.painBefore = String(painBefore);
      // Finished here whatever the connection by then: the server has no start to finish.
      session.dataset.offline = 'true';
      start.parentNode.insertBefore(content, start);
      start.hidden = true;
      finishing(session);
      var player = document.createElement('script');
      player.src = start.dataset.player;
      document.body.appendChild(player);
    }).catch(function () { notice(start.dataset.noOfflineSession, true); });
  }
})();
