/**
 * The HTML report in a real browser: the BUILT bin (`npm test` builds first) writes the page, and headless Chromium,
 * the system's own (`/usr/bin/chromium`, Debian's `chromium` package; `.ci/run` installs it), opens it from a file.
 * No browser is downloaded. Without Chromium these tests are skipped with one message, except in CI, where they are
 * required (see ./chromium.ts).
 *
 * Set REPORT_SCREENSHOT=docs/report.png to also refresh the README's screenshots of the seed report: that file (a
 * desktop window) and docs/report-phone.png beside it (the top of the page, 375 px wide).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe as describeAll, expect, it } from 'vitest';
import { compareTimex } from '../../src/render/table.js';
import { browserTests } from './chromium.js';

const browser = browserTests(process.env);
if (!browser.run) console.warn(browser.message);
const describe = browser.run ? describeAll : describeAll.skip;
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'summit-facts.js');
const seed = path.join(root, 'fixtures', 'kim-putin-summit.txt');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-browser-'));

/** Run the built bin; the page is its stdout. */
function report(args: string[], cwd = dir): string {
  const run = spawnSync(process.execPath, [bin, ...args, '--format', 'html'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) throw new Error(`summit-facts exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

function writePage(name: string, html: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** Everything a page did that it should not: requests for anything but itself, dialogs, console errors, page errors. */
interface Trace {
  requests: string[];
  dialogs: string[];
  errors: string[];
}

let context: BrowserContext;

async function open(url: string, viewport = { width: 1000, height: 1200 }): Promise<{ page: Page; trace: Trace }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const trace: Trace = { requests: [], dialogs: [], errors: [] };
  page.on('request', (r) => void (r.url() !== url && trace.requests.push(r.url())));
  page.on('dialog', (d) => {
    trace.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => void (m.type() === 'error' && trace.errors.push(m.text())));
  page.on('pageerror', (e) => void trace.errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, trace };
}

beforeAll(async () => {
  if (!browser.run) return;
  const profile = fs.mkdtempSync(path.join(dir, 'profile-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: browser.chromium, headless: true, args: ARGS, offline: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const KINDS = ['actor', 'location', 'distance', 'date', 'event'];

describe('the seed report in Chromium', () => {
  let page: Page;
  let trace: Trace;
  beforeAll(async () => {
    ({ page, trace } = await open(writePage('seed.html', report([path.relative(root, seed), '--date', '2023-09-12'], root))));
  }, 60_000); // the bin loads its language model; CI machines are slow and shared

  it('loads nothing else, shows no dialog and logs no error (the stylesheet passes the CSP)', async () => {
    expect(trace).toEqual({ requests: [], dialogs: [], errors: [] });
    const background = await page.locator('.text mark.f-actor').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(219, 234, 254)'); // the inline stylesheet applies
  });

  it('highlights every kind of fact in the article, each one focusable', async () => {
    for (const kind of KINDS) {
      const marks = page.locator(`.text mark.f-${kind}[tabindex="0"]`);
      expect(await marks.count(), kind).toBeGreaterThan(0);
      await expect.poll(() => marks.first().isVisible(), { timeout: 2000 }).toBe(true);
    }
  });

  it('draws the eight seed events on the timeline, in date order, top to bottom', async () => {
    const expected = (JSON.parse(fs.readFileSync(seed.replace(/\.txt$/, '.facts.json'), 'utf8')) as { events: Array<{ date: { value: string }; trigger: { text: string } }> }).events
      .map((e) => [e.date.value, e.trigger.text])
      .sort((a, b) => compareTimex(a[0]!, b[0]!));
    expect(expected).toHaveLength(8);
    const events = await page.locator('svg.timeline g.ev').evaluateAll((groups) =>
      groups.map((g) => ({
        date: g.querySelector('.ev-date')!.textContent,
        trigger: g.querySelector('.ev-trigger')!.textContent,
        top: g.getBoundingClientRect().top,
      })),
    );
    expect(events.map((e) => [e.date, e.trigger])).toEqual(expected);
    for (let i = 1; i < events.length; i++) expect(events[i]!.top).toBeGreaterThan(events[i - 1]!.top);
    const visited = page.locator('svg.timeline g.ev').filter({ has: page.locator('.ev-trigger', { hasText: /^visited$/ }) });
    expect(await visited.textContent()).toContain('Donald Trump');
  });

  it('shows each event’s summary on the timeline, and breaks its time axis at long gaps, saying how long', async () => {
    const groups = await page.locator('svg.timeline g.ev').evaluateAll((gs) =>
      gs.map((g) => ({ trigger: g.querySelector('.ev-trigger')!.textContent, summary: [...g.querySelectorAll('.ev-summary')].map((t) => t.textContent).join(' ') })),
    );
    for (const g of groups) expect(g.summary, g.trigger!).not.toBe('');
    expect(groups.find((g) => g.trigger === 'visited')!.summary).toMatch(/visited Vladivostok/);
    // a break between April 2019 and September 2023, drawn between the two events
    const between = await page.evaluate(() => {
      const y = (el: Element) => el.getBoundingClientRect().top;
      const evs = [...document.querySelectorAll('svg.timeline g.ev')];
      const april = evs.find((g) => g.querySelector('.ev-date')!.textContent === '2019-04')!;
      const next = evs[evs.indexOf(april) + 1]!;
      return [...document.querySelectorAll('svg.timeline g.break')].filter((b) => y(b) > y(april) && y(b) < y(next)).map((b) => b.textContent);
    });
    expect(between).toEqual(['4 years later']);
  });

  it('links each check’s evidence to its highlight in the article', async () => {
    const links = page.locator('ul.evidence a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await page.locator('.checks').innerText()).not.toMatch(/characters \d/);
    for (let i = 0; i < (await links.count()); i++) {
      const link = links.nth(i);
      const quoted = (await link.innerText()).replace(/^“|”$/g, '');
      await link.click();
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target') as HTMLElement | null;
        return el ? { tag: el.tagName, text: el.firstChild?.textContent ?? '', outline: getComputedStyle(el).outlineStyle } : null;
      });
      expect(target, quoted).not.toBeNull();
      expect(['MARK', 'P']).toContain(target!.tag);
      if (target!.tag === 'MARK') expect(quoted.includes(target!.text) || target!.text.includes(quoted), `${quoted} → ${target!.text}`).toBe(true);
      expect(target!.outline, 'the target stands out').toBe('solid');
    }
  });

  it('shows a highlight’s value when it is focused with the keyboard, and hides it again', async () => {
    const seen: Record<string, string> = {};
    for (let i = 0; i < 80 && Object.keys(seen).length < 3; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el.tagName !== 'MARK') return null;
        const tip = document.getElementById(el.getAttribute('aria-describedby') ?? '');
        const text = el.firstChild?.textContent ?? '';
        return { text, tip: tip?.innerText ?? '', visible: tip !== null && tip.offsetParent !== null && tip.getBoundingClientRect().height > 0 };
      });
      if (!focused) continue;
      expect(focused.visible, `the note of "${focused.text}" when focused`).toBe(true);
      if (['Tuesday morning', '130 kilometers', 'Kim Jong-un'].includes(focused.text)) seen[focused.text] = focused.tip;
    }
    expect(seen['Kim Jong-un']).toMatch(/Person Kim Jong-un · age 39/);
    expect(seen['Tuesday morning']).toMatch(/TIMEX3 2023-09-12TMO/);
    expect(seen['130 kilometers']).toMatch(/130 km · 80\.8 mi · Vladivostok → North Korea/);
    // the focus is visible, and leaving the highlight hides its note
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    const tipId = await page.evaluate(() => document.activeElement!.getAttribute('aria-describedby'));
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.mouse.move(0, 0);
    expect(await page.locator(`#${tipId}`).isVisible()).toBe(false);
  });

  it('opens every note inside the window, just below the line of its highlight, even one that wraps', async () => {
    const marks = page.locator('.text mark[tabindex]');
    const count = await marks.count();
    expect(count).toBeGreaterThan(20);
    const misplaced: unknown[] = [];
    for (let i = 0; i < count; i++) {
      await marks.nth(i).focus();
      const box = await marks.nth(i).evaluate((m) => {
        const tip = m.querySelector('.tip')!.getBoundingClientRect();
        const lines = m.getClientRects();
        return { text: m.firstChild!.textContent, left: tip.left, right: tip.right, top: tip.top, below: lines[lines.length - 1]!.bottom, width: innerWidth };
      });
      if (box.left < 0 || box.right > box.width || box.top < box.below - 1 || box.top > box.below + 16) misplaced.push(box);
    }
    expect(misplaced).toEqual([]);
  }, 60_000);

  it('shows a place’s kind and country on hover', async () => {
    const mark = page.locator('.text mark.f-location', { hasText: 'Vladivostok' }).first();
    const tip = mark.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await mark.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/Place Vladivostok · city · in Russia \(RU\)/);
  });

  it('fits a phone’s width, follows the dark scheme, and takes a screenshot', async () => {
    const shots = fs.mkdtempSync(path.join(dir, 'shots-'));
    await page.mouse.move(0, 0);
    const tuesday = page.locator('.text mark.f-date', { hasText: 'Tuesday morning' }).first();
    await tuesday.focus();
    const desktop = await page.screenshot({ path: path.join(shots, 'report.png') });
    expect(desktop.subarray(1, 4).toString()).toBe('PNG');
    if (process.env.REPORT_SCREENSHOT) fs.copyFileSync(path.join(shots, 'report.png'), path.resolve(root, process.env.REPORT_SCREENSHOT));

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // the timeline fits a phone too, without scrolling sideways
    const timeline = await page.locator('svg.timeline').boundingBox();
    expect(timeline!.x + timeline!.width).toBeLessThanOrEqual(375);
    const tip = await tuesday.locator('.tip').boundingBox();
    expect(tip!.x).toBeGreaterThanOrEqual(0);
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(375);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'phone.png'), fullPage: true });
    // the README's phone screenshot: the top of the page, as a phone shows it
    await page.screenshot({ path: path.join(shots, 'phone-top.png') });
    if (process.env.REPORT_SCREENSHOT) fs.copyFileSync(path.join(shots, 'phone-top.png'), path.resolve(root, process.env.REPORT_SCREENSHOT.replace(/\.png$/, '-phone.png')));

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
    await page.screenshot({ path: path.join(shots, 'dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1000, height: 1200 });
    expect(fs.statSync(path.join(shots, 'phone.png')).size).toBeGreaterThan(1000);
  });
});

describe('a hostile article in Chromium', () => {
  const PAYLOAD = [
    'Minister Anna Berg met Vladimir Putin in Moscow on Monday, 60 kilometers from Tver.',
    '<script>window.__pwned = "script"; alert("script")</script>',
    '<img src=x onerror="window.__pwned = \'img\'; alert(\'img\')">',
    '</style><style>body { display: none }</style>',
    '"><svg onload="window.__pwned = \'svg\'">',
    "' onfocus='window.__pwned = 1' autofocus='",
    '<a href="javascript:window.__pwned = 1">Berg</a> said on Tuesday & left.',
  ];
  const ARTICLE = PAYLOAD.join('\n') + '\n';
  let page: Page;
  let trace: Trace;
  beforeAll(async () => {
    // a hostile file name too: it becomes the page's title and heading
    const name = '"><img src=x onerror=alert(1)>.txt';
    fs.writeFileSync(path.join(dir, name), ARTICLE);
    ({ page, trace } = await open(writePage('hostile.html', report([name, '--date', '2023-09-12']))));
  }, 60_000); // the bin loads its language model; CI machines are slow and shared

  it('runs nothing: no flag set, no dialog, no request, no element from the article', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(trace).toEqual({ requests: [], dialogs: [], errors: [] });
    expect(await page.locator('script, img, iframe, object, embed, .text a, .text svg, .text style').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onfocus], [autofocus]').count()).toBe(0);
    // clicking and focusing the text does nothing either
    await page.locator('.text p').nth(6).click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(trace.dialogs).toEqual([]);
  });

  it('shows the article’s text literally, line by line, and the file name as written', async () => {
    // with nothing focused or hovered, no note is open
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    const lines = await page.locator('.text p').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText));
    expect(lines).toEqual(PAYLOAD);
    expect(await page.title()).toBe('"><img src=x onerror=alert(1)>.txt · summit-facts');
    expect(await page.locator('h1').innerText()).toBe('"><img src=x onerror=alert(1)>.txt');
  });

  it('still highlights the facts among the payload', async () => {
    expect(await page.locator('.text mark.f-actor', { hasText: 'Vladimir Putin' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.text mark.f-distance').count()).toBeGreaterThan(0);
  });
});

describe('long file names on a phone', () => {
  it('break in the heading and the index instead of widening the page', async () => {
    const long = 'reports-from-the-correspondents/2023-09-12-kim-jong-un-arrives-in-vladivostok-for-talks-with-vladimir-putin-updated-version.txt';
    const other = 'reports-from-the-correspondents/2023-09-13-the-talks-at-the-vostochny-cosmodrome-in-the-amur-region-second-update.txt';
    fs.mkdirSync(path.join(dir, 'reports-from-the-correspondents'), { recursive: true });
    fs.writeFileSync(path.join(dir, long), 'Kim Jong-un met Vladimir Putin in Vladivostok on Tuesday.\n');
    fs.writeFileSync(path.join(dir, other), 'The two leaders met in Vladivostok on Wednesday.\n');
    for (const [name, args] of [['one.html', [long]], ['two.html', [long, other]]] as const) {
      const { page } = await open(writePage(name, report([...args, '--date', '2023-09-12'])), { width: 375, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      expect(await page.locator('h1').innerText()).toContain(args.length === 1 ? long : '2 articles');
      await page.close();
    }
  }, 60_000);
});

describe('several articles in Chromium', () => {
  it('make one page: an index whose links reach each article, each highlighted in its own text; an unreadable one is left out', async () => {
    fs.writeFileSync(path.join(dir, 'first.txt'), 'Prime Minister Anna Berg visited Oslo on Wednesday.\n');
    fs.writeFileSync(path.join(dir, 'second.txt'), 'Chancellor Otto Brandt, 61, flew to Lisbon, about 1,800 kilometers away, on Friday.\n');
    const run = spawnSync(process.execPath, [bin, 'first.txt', 'missing.txt', 'second.txt', '--date', '2023-09-12', '--format', 'html'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2); // the missing file
    expect(run.stderr).toMatch(/missing\.txt/);
    const { page, trace } = await open(writePage('several.html', run.stdout));
    expect(await page.locator('h1').innerText()).toBe('summit-facts: 2 articles');
    const links = page.locator('nav a');
    expect(await links.allInnerTexts()).toEqual(['first.txt', 'second.txt']);
    await links.nth(1).click();
    expect(page.url()).toMatch(/#a2$/);
    const second = page.locator('article#a2');
    expect(await second.locator('h2').first().innerText()).toBe('second.txt');
    expect(await second.locator('.text mark.f-actor').allInnerTexts()).toContain('Otto Brandt');
    expect(await page.locator('article#a1 .text mark.f-location').first().innerText()).toBe('Oslo');
    expect(await second.locator('.text mark.f-distance').count()).toBe(1);
    expect(trace).toEqual({ requests: [], dialogs: [], errors: [] });
  }, 60_000);
});

describe('a story page in Chromium', () => {
  let page: Page;
  let trace: Trace;
  beforeAll(async () => {
    // the three disagreeing fixtures, and a hostile article among them
    const hostile = path.join(dir, 'story-hostile.txt');
    fs.writeFileSync(hostile, 'Maria Lindqvist met <script>window.__pwned = 1</script> Anna Berg in Oslo on Monday. <img src=x onerror="window.__pwned = 2">\n');
    const run = spawnSync(process.execPath, [bin, 'story', '--format', 'html', '--dates', 'fixtures/story/disagree/dates.tsv', 'fixtures/story/disagree/', hostile], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (run.status !== 0) throw new Error(`summit-facts exited ${run.status}: ${run.stderr}`);
    ({ page, trace } = await open(writePage('story.html', run.stdout)));
  }, 60_000);

  it('loads nothing else, runs nothing from the articles, shows no dialog and logs no error', async () => {
    expect(trace).toEqual({ requests: [], dialogs: [], errors: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img').count()).toBe(0);
  });

  it('shows each disagreement with the evidence of its two articles side by side, each quote in its sentence', async () => {
    const items = page.locator('#checks-title + ul.checks > li');
    expect(await items.count()).toBe(2);
    const age = items.filter({ hasText: 'no birthday fits both' });
    expect(await age.locator('thead th').allInnerTexts()).toEqual(['#1 2021-03-02', '#2 2021-06-16']);
    expect(await age.locator('td mark').allInnerTexts()).toEqual(['47', '50']);
    expect(await age.locator('td').first().innerText()).toContain('Maria Lindqvist, 47, the chief executive of Northwind Shipping');
    // side by side: the two quotes on one row
    const [a, b] = await age.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(a).toBe(b);
  });

  it('links people and places to the articles they appear in', async () => {
    const dahl = page.locator('#actors-title ~ div table tr', { hasText: 'Erik Dahl' });
    expect(await dahl.locator('a').allInnerTexts()).toEqual(['#1', '#2', '#3']);
    await dahl.locator('a', { hasText: '#3' }).click();
    expect(page.url().endsWith('#a3')).toBe(true);
    expect(await page.locator('#a3').innerText()).toContain('3-inquiry.text');
  });
});
