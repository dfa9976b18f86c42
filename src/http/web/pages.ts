// The web app's pages: the incident feed, one incident with its sources and reports, and one article.
import type { StoredArticle } from '../../store/index.js';
import type { ArticleImage } from '../../core/article.js';
import { stripBidiControls } from '../../core/bidi-controls.js';
import type { IncidentRecord, IncidentTombstone } from '../../core/incident-record.js';
import type { Incident } from '../../core/incident.js';
import { isPublicHttpUrl } from '../../ingest/http/host.classifier.js';
import { html, safeUrl, type SafeHtml } from './html.js';
import { layout } from './layout.js';

/** `/`: incidents, newest first. */
export function feedPage(records: IncidentRecord[], page: { number: number; hasNext: boolean }): SafeHtml {
  const items = records.map(
    (r) => html`<li>
  <div>${typeBadge(r)} <span class="badge grade" title="independent original sources">${r.grade} · ${r.independentSources} source${r.independentSources === 1 ? '' : 's'}</span>
  <span class="muted">${formatDate(r.date)}${r.location ? ` · ${placeLabel(r.location)}` : ''}</span></div>
  <h2><a href="/incidents/${r.id}">${headline(r)}</a></h2>
  <div class="muted">${r.summary}</div>
</li>`,
  );
  const nav = html`<p>${page.number > 1 ? html`<a href="/?page=${page.number - 1}">← newer</a> ` : ''}${
    page.hasNext ? html`<a href="/?page=${page.number + 1}">older →</a>` : ''
  }</p>`;
  return layout(
    'Incidents',
    html`<h1>Incidents</h1>
${records.length === 0 ? html`<p class="muted">No incidents yet. Ingest some reports: <code>npx sitrep ingest FILE</code>.</p>` : html`<ol class="incidents">${items}</ol>`}
${nav}`,
  );
}

/** `/incidents/:id`: every coded field, the evidence for it, the sources and the reports. */
export function incidentPage(r: IncidentRecord): SafeHtml {
  const actors = r.actors.map(
    (a) => html`<li>${a.name} <span class="muted">(${a.role}, ${a.kind})</span></li>`,
  );
  const sources = r.sources.map(
    (s) =>
      html`<li>${s.name} <span class="muted">(${s.kind}${s.citedBy ? `, cited by ${s.citedBy}` : ''})</span></li>`,
  );
  const reports = r.reports.map(
    (rep) =>
      html`<tr><td><a href="/articles/${rep.articleId}">${rep.title}</a></td><td>${rep.publisher ?? '—'}</td><td>${
        rep.published ? rep.published.slice(0, 10) : '—'
      }</td></tr>`,
  );
  // One sentence often gives several fields; show it once, with every field it gave.
  const fieldsBySentence = new Map<string, string[]>();
  for (const e of r.evidence)
    fieldsBySentence.set(e.text, [...(fieldsBySentence.get(e.text) ?? []), e.field]);
  const evidence = [...fieldsBySentence].map(
    ([text, fields]) =>
      html`<dt>${fields.join(', ')}</dt><dd><blockquote class="evidence">${text}</blockquote></dd>`,
  );
  const loc = r.location;
  return layout(
    headline(r),
    html`<p>${typeBadge(r)} <span class="badge grade">${r.grade}</span></p>
<h1>${headline(r)}</h1>
<p>${r.summary}</p>
<dl class="fields">
  <dt>Event type</dt><dd>${r.eventType} / ${r.subEventType}</dd>
  <dt>Date</dt><dd>${formatDate(r.date)} <span class="muted">(precision ${r.date.precision})</span></dd>
  <dt>Location</dt><dd>${loc ? html`${placeLabel(loc)} <span class="muted">(${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)}; precision ${loc.precision})</span>` : 'unknown'}</dd>
  <dt>Fatalities</dt><dd>${r.fatalities ?? 'not reported'}</dd>
  <dt>Independent sources</dt><dd>${r.independentSources}</dd>
</dl>
<h2>Actors</h2><ul>${actors}</ul>
<h2>Sources</h2><ul>${sources.length > 0 ? sources : html`<li class="muted">none named</li>`}</ul>
<h2>Reports</h2><table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th></tr></thead><tbody>${reports}</tbody></table>
<h2>Evidence</h2><dl class="fields">${evidence}</dl>`,
  );
}

/** `/articles/:id`: the article as its outlet showed it, without the outlet's clutter, and what sitrep read in it. */
export function articlePage(a: StoredArticle, incidents: IncidentRecord[], baseUrl: string): SafeHtml {
  const lead = a.images[0];
  const link = `${baseUrl.replace(/\/$/, '')}/articles/${a.id}`;
  // Percent-encoded text escapes the template's guard, and a mail client decodes it: strip it here too.
  const title = stripBidiControls(a.title);
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${link}`)}`;
  const topics = a.tags.map(
    (tag) =>
      html`<li><a href="/?q=${encodeURIComponent(stripBidiControls(tag))}">${tag}</a> <button class="alert-icon" type="button" title="Follow ${tag} (coming soon)" aria-label="Follow ${tag}" disabled>🔔</button></li>`,
  );
  return layout(
    a.title,
    html`<article class="story">
  <p class="muted">${a.section ?? ''}</p>
  <h1>${a.title}</h1>
  <p class="muted">${[a.byline, a.publisher].filter(Boolean).join(' · ')}${a.published ? html` · <time datetime="${a.published}">${a.published.slice(0, 10)}</time>` : ''}</p>
  <p class="actions"><a class="send-email" href="${mailto}">✉ Send in e-mail</a>${a.url ? html`<a href="${safeUrl(a.url)}" rel="noopener noreferrer nofollow">Original page</a>` : ''}</p>
  ${a.canonicalClaim ? html`<p class="claim muted">This page claims to be <span class="url">${a.canonicalClaim}</span>, which its origin does not confirm (${a.url ? 'another site' : 'no address given'}): it is not stored under that address.</p>` : ''}
  ${lead ? leadFigure(lead) : ''}
  ${a.paragraphs.map((p) => html`<p>${p}</p>`)}
  ${topics.length > 0 ? html`<section class="topics"><p>Click the alert icon to follow topics:</p><ul>${topics}</ul></section>` : ''}
</article>
<h2>Incidents in this report</h2>
<ul>${incidents.length > 0 ? incidents.map((r) => html`<li><a href="/incidents/${r.id}">${headline(r)}</a>${r.background ? html` <span class="badge bg">background</span>` : ''}</li>`) : html`<li class="muted">none coded</li>`}</ul>`,
  );
}

/** `/incidents/:id` of a withdrawn incident (410): what it was, why it went, and the reports it came from. */
export function withdrawnIncidentPage(t: IncidentTombstone): SafeHtml {
  const was = t.lastKnown;
  const reports = t.reports.map(
    (rep) =>
      html`<tr><td><a href="/articles/${rep.articleId}">${rep.title}</a></td><td>${rep.publisher ?? '—'}</td><td>${
        rep.published ? rep.published.slice(0, 10) : '—'
      }</td></tr>`,
  );
  return layout(
    `Incident ${t.id} withdrawn`,
    html`<p><span class="badge type">withdrawn</span></p>
<h1>Incident ${t.id} was withdrawn</h1>
<p>${t.reason}</p>
<p class="muted">Withdrawn on ${t.withdrawnAt.slice(0, 10)}. It read:</p>
<dl class="fields">
  <dt>Event type</dt><dd>${was.eventType} / ${was.subEventType}</dd>
  <dt>Date</dt><dd>${formatDate(was.date)}</dd>
  <dt>Location</dt><dd>${was.location ? placeLabel(was.location) : 'unknown'}</dd>
  <dt>Summary</dt><dd>${was.summary}</dd>
</dl>
<h2>Former reports</h2>${
      reports.length > 0
        ? html`<table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th></tr></thead><tbody>${reports}</tbody></table>`
        : html`<p class="muted">none recorded</p>`
    }
<p><a href="/">Back to incidents</a></p>`,
  );
}

/**
 * The lead photo with its caption. A source on a private or local address (or not http(s) at all) is never
 * put in `src`: the reader's browser would fetch it from the reader's own network, or report the visit to it.
 * The caption and credit still show.
 */
function leadFigure(image: ArticleImage): SafeHtml | '' {
  const caption = html`${image.caption ?? ''}${image.credit ? html`<span class="credit">Credit: ${image.credit}</span>` : ''}`;
  if (isPublicHttpUrl(image.src)) {
    return html`<figure><img src="${safeUrl(image.src)}" alt="${image.alt ?? ''}"><figcaption>${caption}</figcaption></figure>`;
  }
  return caption.value === ''
    ? ''
    : html`<figure class="no-image"><figcaption>${caption}</figcaption></figure>`;
}

/** A page for errors such as 404, with a plain message. */
export function errorPage(status: number, message: string): SafeHtml {
  return layout(
    `Error ${status}`,
    html`<h1>${status}</h1><p>${message}</p><p><a href="/">Back to incidents</a></p>`,
  );
}

function typeBadge(r: Pick<Incident, 'eventType' | 'background'>): SafeHtml {
  return html`<span class="badge type">${r.eventType}</span>${r.background ? html`<span class="badge bg">background</span>` : ''}`;
}

function headline(r: Pick<Incident, 'subEventType' | 'location' | 'date'>): string {
  const where = r.location ? ` in ${r.location.name}` : '';
  return `${r.subEventType}${where}`;
}

function placeLabel(loc: NonNullable<Incident['location']>): string {
  return [loc.name, loc.admin1, loc.country].filter((x, i, all) => x && all.indexOf(x) === i).join(', ');
}

function formatDate(date: Incident['date']): string {
  if (!date.start) return 'date unknown';
  if (date.end && date.end !== date.start) return `${date.start} – ${date.end}`;
  return date.start;
}
