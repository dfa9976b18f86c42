// The page frame shared by every web page: head, site header with navigation, footer.
import { html, SafeHtml } from './html.js';

const STYLES = `
:root{--ink:#1d232a;--muted:#5b6670;--line:#dde2e6;--accent:#a4161a;--bg:#fbfbfa}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
a{color:#0b5394}header.site{display:flex;gap:1.5rem;align-items:baseline;padding:.8rem 1.5rem;border-bottom:3px solid var(--accent);background:#fff}
header.site .brand{font-weight:800;font-size:1.3rem;color:var(--accent);text-decoration:none;letter-spacing:.02em}
header.site nav a{margin-right:1rem;text-decoration:none;color:var(--ink)}
main{max-width:860px;margin:0 auto;padding:1.2rem 1.5rem 3rem}
.muted{color:var(--muted)}.badge{display:inline-block;padding:.05rem .45rem;border-radius:3px;background:#eef1f4;font-size:.8rem;margin-right:.3rem}
.badge.type{background:#f6e3e3;color:#7a1013}.badge.grade{background:#e6f0e6;color:#1d5c1d}.badge.bg{background:#fff3d6}
ol.incidents{list-style:none;padding:0}ol.incidents li{padding:.9rem 0;border-bottom:1px solid var(--line)}
ol.incidents h2{font-size:1.05rem;margin:.25rem 0}
dl.fields{display:grid;grid-template-columns:10rem 1fr;gap:.35rem 1rem}dl.fields dt{color:var(--muted)}dl.fields dd{margin:0}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;vertical-align:top}
article.story h1{font-size:2rem;line-height:1.2;margin:.3rem 0 .6rem}figure{margin:1rem 0}figure img{max-width:100%;height:auto;background:#eee}
figcaption{font-size:.9rem;color:var(--muted)}figcaption .credit{margin-left:.4rem;font-style:italic}
.actions a{margin-right:1rem}.topics ul{list-style:none;padding:0;display:flex;gap:.6rem;flex-wrap:wrap}
.topics li{border:1px solid var(--line);border-radius:999px;padding:.15rem .4rem .15rem .7rem;background:#fff}
.alert-icon{border:0;background:none;cursor:pointer;font-size:1rem;padding:0 .2rem}
blockquote.evidence{margin:.2rem 0 .6rem;padding-left:.8rem;border-left:3px solid var(--line);color:#333}
footer.site{color:var(--muted);font-size:.85rem;text-align:center;padding:2rem}
`;

// A constant written here, never user input, so it is inserted as markup.
const STYLESHEET = new SafeHtml(STYLES);

/** Wraps page content in the site frame. `title` is plain text. */
export function layout(title: string, content: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · sitrep</title>
<style>${STYLESHEET}</style>
</head>
<body>
<header class="site"><a class="brand" href="/">sitrep</a>
<nav><a href="/">Incidents</a><a href="/articles">Articles</a><a href="/api/v1/openapi.json">API</a></nav></header>
<main>${content}</main>
<footer class="site">sitrep — sourced incident records from news reports. Every field links back to the sentence that gave it.</footer>
</body>
</html>`;
}
