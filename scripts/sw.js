// The app's service worker, which keeps the app working offline. scripts/service-worker.mjs
// puts two constants before this code and minifies the whole into dist/sw.js:
//   FILES    every file of the release: [address relative to this worker, the first 16 hex
//            digits of its SHA-256];
//   RELEASE  a hash of those files' names and contents, so any change makes a new worker.
// It keeps each release in a cache of its own and answers from it, going to the network only
// for what it does not hold. Install takes only the files of its own release: a file that
// differs (a server halfway through putting out the next one) fails the install, and the
// browser tries again later. A new worker waits until the app asks it to take over (the
// person chose "Reload to update"); it never takes over by itself. A tab still running the
// release before is answered from that release's cache (its French and workshop files match
// its code), and that cache goes once no tab uses it.

/* global FILES, RELEASE */
const SCOPE = self.registration.scope;
// The cache name holds the scope: two copies of the app on one host keep apart.
const PREFIX = `multi-mentor ${SCOPE} `;
const CACHE = PREFIX + RELEASE;
// What the Workbox-made worker of earlier releases kept, removed once this one takes over.
const OLD_CACHE = `workbox-precache-v2-${SCOPE}`;
const HELD = new Map(FILES.map(([file, hash]) => [new URL(file, SCOPE).href, hash]));
// Under this folder of each release's cache, one empty entry per tab that release's page was
// served to: which release a tab runs, kept where the worker can find it after a restart.
const TABS = new URL("service-worker-tabs/", SCOPE).href;

/// A response the cache can give back to a page: one reached through a redirect is copied,
/// since browsers refuse a redirected response to a request for a page.
async function keepable(response) {
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  if (!response.redirected) return response;
  const { headers, status, statusText } = response;
  return new Response(await response.blob(), { headers, status, statusText });
}

/// The first 16 hex digits of the SHA-256 of a response's body (as FILES holds them).
async function sha256(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0"));
  return hex.join("").slice(0, 16);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        for (const [url, hash] of HELD) {
          // "reload": the files as the server has them now, not as the HTTP cache kept them.
          const response = await keepable(await fetch(url, { cache: "reload", credentials: "same-origin" }));
          if ((await sha256(response)) !== hash) throw new Error(`${url} is not of release ${RELEASE}`);
          await cache.put(url, response);
        }
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
    })(),
  );
});

/// Removes the caches of earlier releases that no open tab runs, and the notes of tabs that
/// are closed; `opening`, a tab whose page is on its way, counts as open. Caches are listed
/// oldest first: one after this release's is a newer worker's, installing, and is left alone.
async function forgetClosedTabs(opening) {
  const tabs = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = new Set([opening, ...tabs.map((tab) => tab.id)]);
  const names = await caches.keys();
  if (names.includes(OLD_CACHE)) await caches.delete(OLD_CACHE);
  const ours = names.indexOf(CACHE);
  for (const name of names.slice(0, ours + 1).filter((name) => name.startsWith(PREFIX))) {
    const cache = await caches.open(name);
    let inUse = name === CACHE;
    for (const request of await cache.keys()) {
      if (!request.url.startsWith(TABS)) continue;
      if (open.has(request.url.slice(TABS.length))) inUse = true;
      else await cache.delete(request);
    }
    if (!inUse) await caches.delete(name);
  }
}

/// The cache of the release the tab `clientId` runs, if it is still kept.
async function cacheOfTab(clientId) {
  if (clientId) {
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX)) continue;
      const cache = await caches.open(name);
      if (await cache.match(TABS + clientId)) return cache;
    }
  }
  return caches.open(CACHE);
}

self.addEventListener("activate", (event) => event.waitUntil(forgetClosedTabs()));

self.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  url.search = "";
  // A folder is served as its index.html, as static hosts do.
  if (url.pathname.endsWith("/")) url.pathname += "index.html";
  if (!HELD.has(url.href)) return;
  if (request.mode === "navigate") {
    // A page of this release for a new tab: noted, so that its later requests come from here.
    const tab = event.resultingClientId;
    const noted = (async () => {
      if (tab) await (await caches.open(CACHE)).put(TABS + tab, new Response(""));
      await forgetClosedTabs(tab);
    })();
    event.waitUntil(noted);
    event.respondWith((async () => (await (await caches.open(CACHE)).match(url.href)) ?? fetch(request))());
    return;
  }
  // The page before has gone by the time the new one asks for its files: tidy up then.
  event.waitUntil(forgetClosedTabs());
  event.respondWith(
    (async () => (await (await cacheOfTab(event.clientId)).match(url.href)) ?? fetch(request))(),
  );
});
