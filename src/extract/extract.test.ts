// Whole-page extraction: the founding report, fixture pages of distinct site shapes, and their golden JSON.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { needsShared } from '../../test/support/shared-data.js';
import type { Article } from '../core/article.js';
import { extractArticle } from './index.js';

const fixtures = new URL('../../test/fixtures/extract/', import.meta.url);
const seed = new URL('../../../shared/seed/', import.meta.url);

function extractFixture(name: string, url?: string): Article {
  const kind = name.endsWith('.txt') ? 'text' : 'html';
  return extractArticle({ body: readFileSync(new URL(name, fixtures)), kind, url: url ?? null });
}

const FORBIDDEN_IN_SEED = [
  'Send in e-mail',
  'Click the alert icon',
  'Advertisement',
  'Most Read',
  'Read more',
  'newsletter',
  'cookies',
  'Comments',
];

describe('founding report', { skip: needsShared('seed/report.html', 'seed/report.txt') }, () => {
  const html = extractArticle({ body: readFileSync(new URL('report.html', seed)), kind: 'html' });
  const text = extractArticle({ body: readFileSync(new URL('report.txt', seed)), kind: 'text' });

  it('reads the metadata a human coder reads', () => {
    assert.equal(html.title, "Report: ISIS Fighter Executes Own Mother After She's Convicted of 'Apostasy'");
    assert.equal(html.published, '2016-01-08T10:42:00+02:00');
    assert.equal(html.section, 'Middle East News');
    assert.deepEqual(html.tags, ['ISIS', 'Syria']);
    assert.equal(html.language, 'en');
    assert.match(html.url ?? '', /^https:\/\/www\.example-news\.test\/middle-east-news\//);
  });

  it('splits the lead image credit from its caption', () => {
    assert.equal(html.images[0]?.caption, 'ISIS fighters marching through Raqqa, Syria.');
    assert.equal(html.images[0]?.credit, 'AP');
    assert.equal(html.images.length, 1);
  });

  it('keeps exactly the seven body paragraphs and no page chrome', () => {
    assert.equal(html.paragraphs.length, 7);
    assert.match(html.paragraphs[0]!, /^An ISIS fighter publicly executed/);
    assert.match(html.paragraphs[6]!, /other nationalities\.$/);
    assert.equal(html.text, html.paragraphs.join('\n\n'));
    for (const phrase of FORBIDDEN_IN_SEED)
      assert.ok(!html.text.includes(phrase), `text contains "${phrase}"`);
  });

  it('gives the same title and paragraphs from the plain-text copy', () => {
    assert.equal(text.title, html.title);
    assert.deepEqual(text.paragraphs, html.paragraphs);
    for (const phrase of FORBIDDEN_IN_SEED)
      assert.ok(!text.text.includes(phrase), `text contains "${phrase}"`);
  });
});

describe('fixture pages', () => {
  it('wire story: "(AP Photo/...)" credit, byline without "By", relative URLs resolved', () => {
    const article = extractFixture('wire-story.html', 'https://wire-desk.test/world/x?ref=feed');
    assert.equal(article.url, 'https://wire-desk.test/2023/08/14/pakistan-floods-villages');
    assert.equal(article.title, 'Flash floods sweep through mountain villages in northern Pakistan');
    assert.equal(article.byline, 'FARAH QURESHI and DANIEL OKAFOR Associated Press');
    assert.equal(article.publisher, 'Wire Desk');
    assert.equal(article.published, '2023-08-14T09:15:00-04:00');
    assert.deepEqual(article.tags, ['Pakistan', 'floods', 'weather']);
    assert.deepEqual(article.images, [
      {
        src: 'https://wire-desk.test/photos/swat-river.jpg',
        alt: 'Residents wade through a flooded street',
        caption:
          'Residents wade through a flooded street in Bahrain, a town in the Swat valley, on Monday, Aug. 14, 2023.',
        credit: 'AP Photo/Naveed Ali',
      },
    ]);
    // The closing "... contributed to this report." is a credit line, not part of the story.
    assert.equal(article.paragraphs.length, 6);
    assert.match(article.paragraphs[0]!, /^ISLAMABAD \(AP\) — Flash floods/);
    assert.ok(!article.text.includes('contributed to this report'));
    assert.ok(!/Advertisement|Share on|Related|Monsoon toll/.test(article.text));
  });

  it('blog: keeps prose list items and subheadings, drops comments and sidebar', () => {
    const article = extractFixture('blog-comments.html');
    assert.equal(article.byline, 'Maya Lindqvist');
    assert.equal(article.publisher, 'Field Notes Blog');
    assert.equal(article.published, '2021-05-19T18:30:00+00:00');
    assert.deepEqual(article.tags, ['Gaza', 'Egypt', 'Rafah', 'aid']);
    assert.ok(article.paragraphs.includes('Waiting for permits'));
    assert.ok(
      article.paragraphs.includes(
        "Fuel deliveries remain suspended, according to the terminal's logistics office.",
      ),
    );
    assert.equal(article.paragraphs.at(-1), 'I will post again when the crossing reopens after the holiday.');
    assert.ok(
      !/Thank you for writing|aid worker and occasional writer|Leave a Reply|Archives|Tags:/.test(
        article.text,
      ),
    );
  });

  it('JSON-LD @graph with references, a malformed script and a top-level array', () => {
    const article = extractFixture('graph-jsonld.html');
    assert.equal(article.title, 'Attaque contre un poste militaire dans le nord du Burkina Faso');
    assert.equal(article.byline, 'Aminata Ouédraogo, Ibrahim Sawadogo');
    assert.equal(article.publisher, 'Le Sahel Quotidien');
    assert.equal(article.published, '2022-11-27T07:05:00+00:00');
    assert.equal(article.section, 'Sécurité');
    assert.deepEqual(article.tags, ['Burkina Faso', 'Djibo', 'sécurité']);
    assert.equal(article.language, 'fr');
    assert.deepEqual(article.images, [
      {
        src: 'https://sahel-quotidien.test/media/djibo-route.jpg',
        alt: null,
        caption: "La route nationale 22 à l'entrée de Djibo.",
        credit: 'AFP',
      },
    ]);
    assert.equal(article.paragraphs.length, 4);
    assert.ok(!article.text.includes("lettre d'information"));
  });

  it('windows-1256 Arabic page declared by <meta charset>', () => {
    const article = extractFixture('arabic-1256.html');
    assert.equal(article.title, 'انفجار سيارة مفخخة في سوق شعبي بمدينة القامشلي');
    assert.equal(article.language, 'ar');
    assert.equal(article.paragraphs.length, 3);
    assert.match(article.paragraphs[0]!, /^قُتل خمسة مدنيين/);
    assert.ok(!article.text.includes('جميع الحقوق محفوظة'));
  });

  it('og metadata that disagrees loses to canonical, JSON-LD and article:* tags', () => {
    const article = extractFixture('og-disagrees.html');
    assert.equal(article.url, 'https://www.coastal-courier.test/local/2024/02/03/port-warehouse-fire');
    assert.equal(article.title, 'Fire destroys warehouse at Mombasa port, two workers injured');
    assert.equal(article.publisher, 'The Coastal Courier');
    assert.equal(article.section, 'Local News');
    assert.deepEqual(article.tags, ['Fire', 'Mombasa']);
    assert.equal(article.byline, 'Wanjiru Kamau, Otieno Barasa');
    assert.equal(article.images[0]?.src, 'https://cdn.coastal-courier.test/photos/8812-warehouse.jpg');
    assert.equal(article.images[0]?.caption, 'Smoke rises from the warehouse in Shimanzi.');
    assert.equal(article.images[0]?.credit, 'Courier staff');
    assert.equal(article.images[1]?.src, 'https://cdn.coastal-courier.test/social/8812-card.png');
    assert.ok(!/cookies|Most read|Matatu/.test(article.text));
  });

  it('table layout with <br><br> paragraphs, a legacy charset and only a human-written date', () => {
    const article = extractFixture('br-layout.html');
    assert.equal(article.title, 'Villagers report clashes near Bor');
    assert.equal(article.published, '2021-03-03T14:05:00+00:00');
    assert.equal(article.language, 'en');
    assert.equal(article.paragraphs.length, 4);
    assert.ok(!/Archive|Contact|Published:/.test(article.text));
  });

  it('plain text: title line, byline line, repeated caption, boilerplate', () => {
    const article = extractFixture('field-report.txt');
    assert.equal(article.title, 'Gunmen kill four at checkpoint on Maiduguri highway');
    assert.equal(article.byline, 'Chiamaka Eze');
    assert.equal(article.language, null);
    assert.equal(article.paragraphs.length, 3);
    assert.match(article.paragraphs[2]!, /this year\. The spokesman said/);
    assert.ok(!/Police patrol|AP Photo|Advertisement|Read more|newsletter|Share this/.test(article.text));
  });
});

/** Per fixture: the first and last body paragraph's opening words, and page text that must not leak in. */
const SHAPES: readonly { name: string; first: RegExp; last: RegExp; absent: RegExp; count?: number }[] = [
  {
    name: 'live-blog-entry.html',
    first: /^Water from the storm surge/,
    last: /^The disaster management/,
    absent: /06:40|Earlier updates|Wind speeds|Share this/,
  },
  {
    name: 'liveblog-updates.html',
    first: /^Police withdraw/,
    last: /^Their cooperative says/,
    absent: /16:45|Load more|Most read|Ferry fares/,
    count: 9,
  },
  {
    name: 'photo-story.html',
    first: /^Five years after/,
    last: /^On Fridays/,
    absent: /spice seller|Photo:|Photographs by/,
    count: 4,
  },
  {
    name: 'amp-page.html',
    first: /^A landslide triggered/,
    last: /^The highway is the main link/,
    absent: /Advertisement|Menu/,
    count: 3,
  },
  {
    name: 'russian-1251.html',
    first: /^В ночь на понедельник/,
    last: /^Причины возгорания/,
    absent: /Главная|Все права/,
    count: 3,
  },
  {
    name: 'polish-8859-2.html',
    first: /^Nysa Kłodzka/,
    last: /^Synoptycy/,
    absent: /Autor:|Wszelkie prawa/,
    count: 3,
  },
  {
    name: 'utf16-bom.html',
    first: /^A footbridge over/,
    last: /^Residents said/,
    absent: /Home|Northern Star Ghana, Tamale/,
    count: 3,
  },
  {
    name: 'paywall-teaser.html',
    first: /^On the forty kilometres/,
    last: /^Lorry drivers said/,
    absent: /Subscribe|subscriber|Continue reading/,
    count: 2,
  },
  {
    name: 'print-version.html',
    first: /^A convoy of eleven lorries/,
    last: /^Local officials said/,
    absent: /Print this page|URL:|9 August 2021/,
    count: 3,
  },
  {
    name: 'agency-dateline.html',
    first: /^EL FASHER, Sudan, May 12 \(Global Wire\) - /,
    last: /^El Fasher is the last/,
    absent: /Reporting by|Editing by/,
    count: 3,
  },
  {
    name: 'listicle.html',
    first: /^Armed groups have blocked/,
    last: /^Traders expect/,
    absent: /Related|Bamako power cuts/,
    count: 11,
  },
  {
    name: 'interview-qa.html',
    first: /^Mariam Tahir has documented/,
    last: /^Yes\. Fewer local journalists/,
    absent: /edited for length|Follow him|By Jonas/,
    count: 7,
  },
  {
    name: 'opinion-column.html',
    first: /^Monitoring is cheap/,
    last: /^Donors should treat/,
    absent: /^Opinion|is a researcher|By Priya/,
  },
  {
    name: 'obituary.html',
    first: /^Farida Okoye, a midwife/,
    last: /^She is survived by/,
    absent: /family archive|By Emeka/,
    count: 4,
  },
  {
    name: 'ngo-report.html',
    first: /^Between January 2022/,
    last: /^All parties should/,
    absent: /Donate|Download|PDF|registered charity/,
    count: 5,
  },
  {
    name: 'gov-press-release.html',
    first: /^The Ministry of Disaster Management confirms/,
    last: /^The Minister thanked/,
    absent: /IMMEDIATE|ENDS|Media contact|Released:|Accessibility/,
    count: 3,
  },
  {
    name: 'related-boxes.html',
    first: /^Gunmen opened fire/,
    last: /^The highway is the main route/,
    absent: /Related:|See also|Read more|Checkpoints return|eastern roads\?/,
    count: 4,
  },
  {
    name: 'figure-credits.html',
    first: /^Scuffles broke out/,
    last: /^Egyptian officials said/,
    absent: /AFP|Reuters|AP Photo|suitcases/,
    count: 3,
  },
  {
    name: 'microdata.html',
    first: /^Four village leaders/,
    last: /^All four were taken/,
    absent: /Savannah Voice|By Halima|9 March 2023/,
    count: 3,
  },
  {
    name: 'dublin-core.html',
    first: /^More than 3,000 families/,
    last: /^Township officials/,
    absent: /Bulletin home|Archive/,
    count: 3,
  },
  {
    name: 'arabic-utf8-rtl.html',
    first: /^غرق قارب/,
    last: /^وما زالت عمليات البحث/,
    absent: /الرئيسية|جميع الحقوق|سالم المبروك/,
    count: 3,
  },
  {
    name: 'table-layout.html',
    first: /^A fire that started before dawn/,
    last: /^Traders estimated/,
    absent: /Posted:|Weather|Copyright/,
    count: 3,
  },
  {
    name: 'cookie-consent.html',
    first: /^Authorities in Plateau state/,
    last: /^The state governor/,
    absent: /cookies|partners|privacy|I agree/i,
    count: 3,
  },
  {
    name: 'newsletter-promos.html',
    first: /^Two shepherds were killed/,
    last: /^The demining official said/,
    absent: /Morning Brief|Sign up|newsletter|podcast/i,
    count: 3,
  },
  {
    name: 'gallery-captions.html',
    first: /^Riot police fired tear gas/,
    last: /^The interior minister said/,
    absent: /Caption|Close|Image 1 of 2|Baquedano|AP Photo|contributed to this report/,
    count: 3,
  },
];

describe('site shapes', () => {
  for (const shape of SHAPES) {
    it(shape.name, () => {
      const article = extractFixture(shape.name);
      assert.match(article.paragraphs[0] ?? '', shape.first);
      assert.match(article.paragraphs.at(-1) ?? '', shape.last);
      assert.ok(!shape.absent.test(article.text), `text has ${String(shape.absent.exec(article.text))}`);
      if (shape.count !== undefined) assert.equal(article.paragraphs.length, shape.count);
      assert.equal(article.text, article.paragraphs.join('\n\n'));
    });
  }

  it('reads metadata that lives only in microdata or Dublin Core', () => {
    const micro = extractFixture('microdata.html');
    assert.equal(micro.byline, 'Halima Bello');
    assert.equal(micro.published, '2023-03-09T16:00:00+01:00');
    const dc = extractFixture('dublin-core.html');
    assert.equal(dc.byline, 'Aung Min Thu');
    assert.equal(dc.publisher, 'Delta Relief Bulletin');
    assert.equal(dc.published, '2019-08-12');
    assert.deepEqual(dc.tags, ['floods', 'Myanmar']);
  });

  it('decodes windows-1251, ISO-8859-2 and UTF-16 with a BOM', () => {
    assert.equal(
      extractFixture('russian-1251.html').title,
      'Пожар на складе в Новосибирске: пострадали трое рабочих',
    );
    assert.equal(
      extractFixture('polish-8859-2.html').title,
      'Powódź w Kłodzku: ewakuowano mieszkańców dwóch ulic',
    );
    assert.equal(
      extractFixture('utf16-bom.html').title,
      'Bridge collapse in Tamale leaves commuters stranded',
    );
  });

  it('splits "© AFP", "Photo: Reuters" and "(AP Photo/Name)" credits off figure captions', () => {
    const credits = extractFixture('figure-credits.html').images.map((image) => image.credit);
    assert.deepEqual(credits, ['AFP', 'Reuters', 'AP Photo/Hatem Ali']);
  });
});

describe('golden files', () => {
  // Every page in the fixture folder has one; UPDATE_GOLDEN=1 rewrites them: review the diff before committing.
  const names = readdirSync(fixtures)
    .filter((name) => /\.(?:html|txt)$/.test(name))
    .sort();

  it('covers at least 30 site shapes', () => {
    assert.ok(names.length >= 30, `${names.length} fixture pages`);
  });

  for (const name of names) {
    it(name, () => {
      const golden = new URL(`${name.replace(/\.\w+$/, '')}.expected.json`, fixtures);
      const actual = `${JSON.stringify(extractFixture(name, 'https://fixtures.test/page'), null, 2)}\n`;
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden)) writeFileSync(golden, actual);
      assert.equal(actual, readFileSync(golden, 'utf8'));
    });
  }
});
