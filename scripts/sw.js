// The app's service worker, which keeps the app working offline. scripts/service-worker.mjs
// puts two constants before this code and minifies the whole into dist/sw.js:
//   FILES    every file of the release, as an address relative to this worker;
//   RELEASE  a hash of those files' names and contents, so any change makes a new worker.
// It keeps one release in one cache and answers from it, going to the network only for what
// it does not hold. A new worker waits until the app asks it to take over (the person chose
// "Reload to update"); it never takes over by itself.

/* global FILES, RELEASE */
const SCOPE = self.registration.scope;
// The cache name holds the scope: two copies of the app on one host keep apart.
const PREFIX = `multi-mentor ${SCOPE} `;
const CACHE = PREFIX + RELEASE;
// What the Workbox-made worker of earlier releases kept, removed once this one takes over.
const OLD_CACHE = `workbox-precache-v2-${SCOPE}`;
const HELD = new Set(FILES.map((file) => new URL(file, SCOPE).href));

/// A response the cache can give back to a page: one reached through a redirect is copied,
/// since browsers refuse a redirected response to a request for a page.
async function keepable(response) {
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  if (!response.redirected) return response;
  const { headers, status, statusText } = response;
  return new Response(await response.blob(), { headers, status, statusText });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const url of HELD) {
        // "reload": the files as the server has them now, not as the HTTP cache kept them.
        const response = await fetch(url, { cache: "reload", credentials: "same-origin" });
        await cache.put(url, await keepable(response));
      }
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if ((name.startsWith(PREFIX) && name !== CACHE) || name === OLD_CACHE) await caches.delete(name);
      }
    })(),
  );
});

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
  event.respondWith(
    (async () => (await (await caches.open(CACHE)).match(url.href)) ?? fetch(request))(),
  );
});
