import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

type R = { title: string; organization: string | null; qualifier: string | null };
const rolesOf = (text: string, name: string): R[] =>
  (extractFacts(text, { only: ['actors'] }).actors.find((a) => a.name === name)?.roles ?? []).map(({ title, organization, qualifier }) => ({ title, organization, qualifier }));

describe('roles', () => {
  const cases: Array<[string, string, R[]]> = [
    ['Kremlin spokesman Dmitry Peskov said so.', 'Dmitry Peskov', [{ title: 'spokesman', organization: 'Kremlin', qualifier: null }]],
    ['He met Foreign Minister Cho Sun-hui on Monday.', 'Cho Sun-hui', [{ title: 'Foreign Minister', organization: null, qualifier: null }]],
    ['US National Security Advisor Jake Sullivan spoke.', 'Jake Sullivan', [{ title: 'National Security Advisor', organization: 'US', qualifier: null }]],
    ['The talks with then US President Donald Trump failed.', 'Donald Trump', [{ title: 'President', organization: 'US', qualifier: 'then' }]],
    ['The plan was drafted by former chairman Peter Holm.', 'Peter Holm', [{ title: 'chairman', organization: null, qualifier: 'former' }]],
    ['Maria Lopez, the foreign minister, arrived.', 'Maria Lopez', [{ title: 'foreign minister', organization: null, qualifier: null }]],
    ['Maria Lopez, 52, president of Acme Corp., resigned.', 'Maria Lopez', [{ title: 'president', organization: 'Acme Corp.', qualifier: null }]],
    ['Henry Walters was named chairman and chief executive officer of Acme Corp.', 'Henry Walters', [
      { title: 'chairman', organization: 'Acme Corp.', qualifier: null },
      { title: 'chief executive officer', organization: 'Acme Corp.', qualifier: null },
    ]],
    ['He said he would meet Chief Constable Stephen Watson.', 'Stephen Watson', [{ title: 'Chief Constable', organization: null, qualifier: null }]],
    ['Acme brought in a new chief executive officer, Paul Dorn, 45, who will remain as chairman, president and chief executive.', 'Paul Dorn', [
      { title: 'chief executive officer', organization: null, qualifier: null },
      { title: 'chairman', organization: null, qualifier: null },
      { title: 'president', organization: null, qualifier: null },
    ]],
    ['Ann Ruiz, 48, also was named a vice chairman and chief investment officer.', 'Ann Ruiz', [
      { title: 'vice chairman', organization: null, qualifier: 'vice' },
      { title: 'chief investment officer', organization: null, qualifier: null },
    ]],
    ['Acme Corp. said Tom Bell resigned as general manager.', 'Tom Bell', [{ title: 'general manager', organization: null, qualifier: 'former' }]],
    ['And Robert Hale, Mr. Grant\'s deputy national security adviser, spoke.', 'Robert Hale', [{ title: 'deputy national security adviser', organization: null, qualifier: 'deputy' }]],
    ['Jane Smith, who heads Acme Corp., declined to comment.', 'Jane Smith', [{ title: 'head', organization: 'Acme Corp.', qualifier: null }]],
  ];
  it.each(cases)('%s', (text, name, expected) => {
    expect(rolesOf(text, name)).toEqual(expected);
  });

  const negative: Array<[string, string]> = [
    ['Maria Lopez said the president would come.', 'Maria Lopez'],
    ['Maria Lopez, who arrived on Monday, met reporters.', 'Maria Lopez'],
    ['Maria Lopez met the chairman of Acme Corp. on Monday.', 'Maria Lopez'],
  ];
  it.each(negative)('no role in: %s', (text, name) => {
    expect(rolesOf(text, name)).toEqual([]);
  });
});
