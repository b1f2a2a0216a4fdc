// The site's only script, loaded on the search page alone: reads ?q=, asks Pagefind (whose index
// the build writes to pagefind/, per page language) and lists the results. Reading never needs it.
// The index is a root bundle plus shards of pages (pagefind/shards.json lists each language's), so
// a build indexes again only the shards whose pages changed; they are merged here before searching.
const root = document.querySelector(".search-page");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const query = (new URLSearchParams(location.search).get("q") || "").trim();
const input = document.getElementById("site-search-q");
if (input) input.value = query;

function say(template, key, value) {
  status.textContent = root.dataset[template].replace(`{${key}}`, value);
}

async function run() {
  if (!query) { status.textContent = ""; return; }
  const bundle = root.dataset.bundle;
  const pagefind = await import(bundle + "pagefind.js");
  const language = (document.documentElement.lang || "unknown").toLowerCase();
  const listed = await fetch(bundle + "shards.json").then((r) => (r.ok ? r.json() : {}));
  // Called in the manifest's order (page order), awaited together: each adds its bundle at once.
  await Promise.all((listed[language] || []).map((shard) => pagefind.mergeIndex(bundle + shard)));
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  document.title = root.dataset.title.replace("{q}", query) + " · " + document.title;
  if (!results.length) { say("none", "q", query); return; }
  say("count", "n", String(search.results.length));
  for (const r of results) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = r.url;
    link.textContent = (r.meta && r.meta.title) || r.url;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = r.excerpt;  // Pagefind's excerpt: escaped text with <mark> around the matches
    item.append(link, excerpt);
    list.append(item);
  }
}

run().catch((error) => { status.textContent = String(error); });
