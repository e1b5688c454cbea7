/** `summit-facts story` end to end, with the built bin, on the story fixtures (made-up articles, written by us). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactSheet, Story } from '../../src/schema.js';
import { root, runBin } from './run-bin.js';

const disagree = 'fixtures/story/disagree';
const agree = 'fixtures/story/agree';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-story-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const story = async (args: string[]) => {
  const run = await runBin(['story', '--json', ...args], { cwd: root });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return Story.parse(JSON.parse(run.stdout));
};

describe('summit-facts story', () => {
  it('warns where three articles disagree: an age that does not fit the dates, a death dated on two days', async () => {
    const s = await story(['--dates', `${disagree}/dates.tsv`, disagree]);
    expect(s.articles.map((a) => [a.source.path, a.referenceDate])).toEqual([
      [`${disagree}/1-terminal.text`, '2021-03-02'],
      [`${disagree}/2-results.text`, '2021-06-16'],
      [`${disagree}/3-inquiry.text`, '2021-03-08'],
    ]);
    const warnings = s.checks.filter((c) => c.status === 'warning');
    expect(warnings.map((c) => c.kind).sort()).toEqual(['age', 'event-date']);
    const age = warnings.find((c) => c.kind === 'age')!;
    expect(age.message).toContain('Maria Lindqvist is 47');
    expect(age.evidence.map((e) => [e.article, e.text])).toEqual([[0, '47'], [1, '50']]);
    const death = warnings.find((c) => c.kind === 'event-date')!;
    expect(death.message).toContain('most sources give 2021-02-28 (2 of 3 articles)');
    // every piece of evidence is where it says it is
    for (const c of warnings) {
      for (const e of c.evidence) expect(fs.readFileSync(path.join(root, s.articles[e.article]!.source.path!), 'utf8').slice(e.start, e.end)).toBe(e.text);
    }
    // the people are linked across the articles, the death told by two of them is one event
    const dahl = s.actors.find((a) => a.name === 'Erik Dahl')!;
    expect(new Set(dahl.members.map((m) => m.article))).toEqual(new Set([0, 1, 2]));
    expect(s.events.find((e) => e.date.value === '2021-02-28')!.members.map((m) => m.article)).toEqual([0, 1]);
  });

  it('has no warning when nothing disagrees', async () => {
    const s = await story(['--dates', `${agree}/dates.tsv`, agree]);
    expect(s.checks.filter((c) => c.status === 'warning')).toEqual([]);
    expect(s.checks.map((c) => `${c.kind} ${c.status}`)).toEqual(['age ok']);
  });

  it('gives the same story from the articles and from their sheets', async () => {
    const files = fs.readdirSync(path.join(root, disagree)).filter((f) => f.endsWith('.text')).map((f) => `${disagree}/${f}`);
    const jsonl = await runBin(['--dates', `${disagree}/dates.tsv`, '--format', 'jsonl', ...files], { cwd: root });
    expect(jsonl.code).toBe(0);
    const sheets = path.join(tmp, 'facts.jsonl');
    fs.writeFileSync(sheets, jsonl.stdout);
    const fromArticles = await story(['--dates', `${disagree}/dates.tsv`, ...files]);
    const fromSheets = await story([sheets]);
    expect(fromSheets).toEqual(fromArticles);
    // a .json sheet (one, or an array) reads the same
    const one = path.join(tmp, 'one.json');
    fs.writeFileSync(one, JSON.stringify(FactSheet.parse(JSON.parse(jsonl.stdout.split('\n')[0]!))));
    expect((await story([one, sheets])).articles).toHaveLength(4);
  });

  it('without --dates, ages are compared only where articles have a date, and a warning says so', async () => {
    const run = await runBin(['story', '--json', disagree], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^summit-facts: warning: no article has a reference date/m);
    expect(Story.parse(JSON.parse(run.stdout)).checks.filter((c) => c.kind === 'age')).toEqual([]);
  });

  it.each([
    ['a line for an article not given', ['--dates', `${disagree}/dates.tsv`, `${disagree}/1-terminal.text`, `${disagree}/3-inquiry.text`], /dates\.tsv: line 3: fixtures\/story\/disagree\/2-results\.text is not among the articles given/],
    ['a dates file that does not exist', ['--dates', 'no-such-dates.tsv', disagree], /no-such-dates\.tsv: no such file/],
    ['a sheet file that is not sheets', [`${disagree}/dates.tsv.json`], /no such file/],
    ['no input at all', [], /missing required argument/],
  ])('%s: one line on stderr, exit 2', async (_, args, message) => {
    const run = await runBin(['story', ...args], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a .jsonl line that is not a fact sheet, naming the line', async () => {
    const bad = path.join(tmp, 'bad.jsonl');
    fs.writeFileSync(bad, '{"schemaVersion":1}\n');
    const run = await runBin(['story', bad], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.jsonl: line 1: not a fact sheet written by summit-facts/);
  });

  it('prints a readable table and a self-contained page without script', async () => {
    const table = await runBin(['story', '--dates', `${disagree}/dates.tsv`, disagree], { cwd: root });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Story of 3 articles · 2021-03-02 to 2021-06-16$/m);
    expect(table.stdout).toMatch(/Maria Lindqvist +person +2 +47 \(#1, 2021-03-02\), 50 \(#2, 2021-06-16\)/);
    expect(table.stdout).toContain('Checks across articles (0 ok, 2 warnings)');
    const html = await runBin(['story', '--format', 'html', '--dates', `${disagree}/dates.tsv`, disagree], { cwd: root });
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("default-src 'none'");
    expect(html.stdout).not.toMatch(/<script|src="http|href="http/i);
    expect(html.stdout).toContain('Where the sources disagree (2)');
  });

  it('--dates gives each article its date when extracting, and in check', async () => {
    const run = await runBin(['--dates', `${disagree}/dates.tsv`, '--date', '2000-01-01', '--format', 'jsonl', `${disagree}/1-terminal.text`, `${disagree}/2-results.text`, `${disagree}/3-inquiry.text`], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).referenceDate)).toEqual(['2021-03-02', '2021-06-16', '2021-03-08']);
    const dates = path.join(tmp, 'one.csv');
    fs.writeFileSync(dates, `${disagree}/1-terminal.text,2021-03-02\n`);
    const fallback = await runBin(['--dates', dates, '--date', '2000-01-01', '--json', `${disagree}/1-terminal.text`, `${disagree}/2-results.text`], { cwd: root });
    expect(JSON.parse(fallback.stdout).map((s: FactSheet) => s.referenceDate)).toEqual(['2021-03-02', '2000-01-01']);
    const check = await runBin(['check', '--dates', dates, 'fixtures/kim-putin-summit.txt'], { cwd: root });
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/one\.csv: line 1: fixtures\/story\/disagree\/1-terminal\.text is not among the articles given/);
  });

  it('summit-facts schema story prints the story\'s JSON Schema', async () => {
    const run = await runBin(['schema', 'story'], { cwd: root });
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout).properties)).toEqual(['schemaVersion', 'articles', 'actors', 'locations', 'events', 'checks', 'warnings']);
  });
});
