// The service worker (docs/architecture.md, "Offline"). Served at /sw.js, so its scope is every
// page; the lines above this comment (VERSION, SHELL, PAGES) are written by the server for this
// release. Pages are network-first: with a connection she always gets the server's page (and the
// copy is refreshed); without one, the last copy this browser kept, marked as a copy; failing
// that, the offline page. Fingerprinted assets are cache-first: their names change with them.
'use strict';

var SHELL_CACHE = 'backcare-shell-' + VERSION;
var PAGES_CACHE = 'backcare-pages-' + VERSION;
var OFFLINE_PAGE = '/offline';
// Her own pages: kept by URL in this browser only, deleted when anyone signs in or out here.
var HER_PAGES = /^\/(today|today\/offline|progress|account|assessments\/[^/]+)$/;
// Posts after which her pages must go: a new person may be using this browser.
var SIGN_IN_OR_OUT = /^\/(logout|login|register|account\/delete)$/;
// How long a page may take before the kept copy is shown instead (a weak signal at night).
var NETWORK_WAIT_MS = 6000;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL_CACHE).then(function (cache) {
    return cache.addAll(SHELL.concat([OFFLINE_PAGE]));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('backcare-') === 0 && name !== SHELL_CACHE && name !== PAGES_CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// The library, routines and learn pages, one at a time, so her session's links work offline;
// asked for by the page once this worker controls it (work during activation would hold up
// every page), in the page's language: her choice, which the browser's own may not be. Pages
// already kept in it are skipped; failures are left for the next visit.
function keepLibrary(language) {
  return caches.open(PAGES_CACHE).then(function (cache) {
    return PAGES.reduce(function (previous, address) {
      return previous.then(function () {
        return cache.match(address, { ignoreVary: true }).then(function (kept) {
          if (kept && kept.headers.get('Content-Language') === language) { return undefined; }
          return fetch(address, { credentials: 'omit', headers: { 'Accept-Language': language } }).then(function (response) {
            return keepable(response) ? cache.put(address, response) : undefined;
          });
        }).catch(function () { return undefined; });
      });
    }, Promise.resolve());
  });
}

// After a switch of language: no kept page may answer in the other one, so those go (the library
// is fetched again in hers, her pages are kept again as she opens them) and the offline page is
// fetched again with her new choice.
function forgetPagesNotIn(language) {
  var pages = caches.open(PAGES_CACHE).then(function (cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.map(function (request) {
        return cache.match(request, { ignoreVary: true }).then(function (kept) {
          return kept && kept.headers.get('Content-Language') === language ? undefined : cache.delete(request);
        });
      }));
    });
  });
  var offline = caches.open(SHELL_CACHE).then(function (cache) { return cache.add(OFFLINE_PAGE); })
    .catch(function () { return undefined; });
  return Promise.all([pages, offline]);
}

// Only a 200 of our own that the server lets be stored, and never a redirect (a signed-out
// /today answers with the sign-in page).
function keepable(response) {
  if (!response || response.status !== 200 || response.type !== 'basic' || response.redirected) { return false; }
  var cacheControl = response.headers.get('Cache-Control') || '';
  return cacheControl.indexOf('no-store') === -1;
}

function forgetHerPages() {
  return caches.open(PAGES_CACHE).then(function (cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.filter(function (request) {
        return HER_PAGES.test(new URL(request.url).pathname);
      }).map(function (request) { return cache.delete(request); }));
    });
  });
}

function offlinePage() {
  return caches.match(OFFLINE_PAGE).then(function (page) {
    return page || new Response('', { status: 503, statusText: 'Offline' });
  });
}

// A kept copy says so: the page script shows the note in words from the messages.
function markedCopy(response) {
  return response.text().then(function (html) {
    var headers = new Headers(response.headers);
    headers.delete('Content-Length');
    headers.delete('Content-Encoding');
    return new Response(html.replace(/<html\b/, '<html data-kept-copy="true"'),
      { status: 200, headers: headers });
  });
}

function networkFirst(request, url) {
  var network = fetch(request).then(function (response) {
    if (keepable(response)) {
      var copy = response.clone();
      caches.open(PAGES_CACHE).then(function (cache) { return cache.put(url.pathname + url.search, copy); });
    }
    return response;
  });
  var kept = function () {
    return caches.match(url.pathname + url.search, { ignoreVary: true }).then(function (copy) {
      // /today?saved and the like: the page without its query is the best copy there is.
      return copy || caches.match(url.pathname, { ignoreVary: true });
    });
  };
  var slow = new Promise(function (resolve) {
    setTimeout(function () {
      kept().then(function (copy) { if (copy) { resolve(markedCopy(copy)); } });
    }, NETWORK_WAIT_MS);
  });
  var answer = network.catch(function () {
    return kept().then(function (copy) { return copy ? markedCopy(copy) : offlinePage(); });
  });
  return Promise.race([answer, slow]);
}

function cacheFirst(request) {
  return caches.match(request).then(function (kept) {
    return kept || fetch(request).then(function (response) {
      if (keepable(response)) {
        var copy = response.clone();
        caches.open(SHELL_CACHE).then(function (cache) { return cache.put(request, copy); });
      }
      return response;
    });
  });
}

function staleWhileRevalidate(request) {
  return caches.open(PAGES_CACHE).then(function (cache) {
    return cache.match(request).then(function (kept) {
      var fresh = fetch(request).then(function (response) {
        if (keepable(response)) { cache.put(request, response.clone()); }
        return response;
      });
      return kept ? (fresh.catch(function () { return kept; }), kept) : fresh;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method !== 'GET') {
    if (request.mode !== 'navigate') { return; }
    // A form: sent as it is; with no connection, the offline page says it needs one.
    event.respondWith(fetch(request).then(function (response) {
      if (SIGN_IN_OR_OUT.test(url.pathname) && response.status < 400) {
        return forgetHerPages().then(function () { return response; });
      }
      return response;
    }, offlinePage));
    return;
  }
  if (url.pathname.indexOf('/assets/') === 0) {
    event.respondWith(cacheFirst(request));
  }
  else if (/^\/exercises\/[^/]+\/illustration\.svg$/.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(request));
  }
  else if (request.mode === 'navigate' && url.pathname === '/language') {
    event.respondWith(fetch(request).then(function (response) {
      return forgetPagesNotIn(url.searchParams.get('to')).then(function () { return response; });
    }, offlinePage));
  }
  else if (request.mode === 'navigate' || url.pathname === '/today/offline') {
    // The day's sessions for a start with no connection are kept like her pages.
    event.respondWith(networkFirst(request, url));
  }
});

// The page asks after signing out by script or when it knows her pages must go.
self.addEventListener('message', function (event) {
  if (event.data === 'forget-her-pages') {
    event.waitUntil(forgetHerPages());
  }
  else if (event.data && event.data.keepLibraryIn) {
    event.waitUntil(keepLibrary(event.data.keepLibraryIn));
  }
});
