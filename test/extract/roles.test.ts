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
    // a title right before the next name of a list is that name's alone; one set off by commas is the name's before it
    ['Treasurer Ann Cole, Trade Minister Mark Hill and others voted.', 'Ann Cole', [{ title: 'Treasurer', organization: null, qualifier: null }]],
    ['Treasurer Ann Cole, Trade Minister Mark Hill and others voted.', 'Mark Hill', [{ title: 'Trade Minister', organization: null, qualifier: null }]],
    ['Ann Cole, trade minister, met Mark Hill on Monday.', 'Ann Cole', [{ title: 'trade minister', organization: null, qualifier: null }]],
    // a plural title after a list of names is each one's; a person after "for" is no organization
    ['Ann Cole and Mark Hill, attorneys for Mr. Lee, spoke.', 'Ann Cole', [{ title: 'attorney', organization: null, qualifier: null }]],
    ['Ann Cole and Mark Hill, attorneys for Mr. Lee, spoke.', 'Mark Hill', [{ title: 'attorney', organization: null, qualifier: null }]],
    ['Ann Cole, Mark Hill and Eva Moss, two lawyers at Acme Corp., spoke.', 'Mark Hill', [{ title: 'lawyer', organization: 'Acme Corp.', qualifier: null }]],
    ['Ann Cole and Mark Hill, both lawyers, spoke.', 'Ann Cole', [{ title: 'lawyer', organization: null, qualifier: null }]],
    ['Ann Cole, who has served as adviser to the mayor since May, spoke.', 'Ann Cole', [{ title: 'adviser', organization: null, qualifier: null }]],
    // an ordinal without an infinitive after the title is part of it
    ['Ann Cole, the first deputy minister, spoke.', 'Ann Cole', [{ title: 'first deputy minister', organization: null, qualifier: 'deputy' }]],
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
    // titles are an open class: any noun of occupation in a role position
    ['Tom Hale, a 45-year-old Ohio pharmacist, died.', 'Tom Hale', [{ title: 'pharmacist', organization: 'Ohio', qualifier: null }]],
    ['Dana Voss, an American astronaut, spoke.', 'Dana Voss', [{ title: 'astronaut', organization: 'American', qualifier: null }]],
    ['The fund was set up by financier Carl Brandt.', 'Carl Brandt', [{ title: 'financier', organization: null, qualifier: null }]],
    ['White House Chief of Staff John Sununu said.', 'John Sununu', [{ title: 'White House Chief of Staff', organization: null, qualifier: null }]],
    // a second conjunct after kinship
    ["Crown Prince Hassan, King Hussein's brother and political adviser, said.", 'Hassan', [
      { title: 'Crown Prince', organization: null, qualifier: null },
      { title: 'political adviser', organization: null, qualifier: null },
    ]],
    // a predicate after an apposition and an age; a title with its lower-case complement
    ['Peter Holland, 45, deputy general manager, becomes director of corporate affairs.', 'Peter Holland', [
      { title: 'deputy general manager', organization: null, qualifier: 'deputy' },
      { title: 'director of corporate affairs', organization: null, qualifier: null },
    ]],
    ['Mary Lopez is head of research.', 'Mary Lopez', [{ title: 'head of research', organization: null, qualifier: null }]],
    // appointment verbs
    ['Acme hired Jo Parker as its treasurer.', 'Jo Parker', [{ title: 'treasurer', organization: null, qualifier: null }]],
    ['The board named Mary Barra as its new chief executive.', 'Mary Barra', [{ title: 'chief executive', organization: null, qualifier: null }]],
    ['The board elected Henry Walters chairman.', 'Henry Walters', [{ title: 'chairman', organization: null, qualifier: null }]],
    // "X, then the TITLE"
    ['Tom Reed, then the chairman, resigned.', 'Tom Reed', [{ title: 'chairman', organization: null, qualifier: 'then' }]],
    ['Mark Dunn, formerly an Acme Inc. executive, left.', 'Mark Dunn', [{ title: 'executive', organization: 'Acme Inc.', qualifier: null }]],
    ["A faction loyal to Tom Reed, then the guerrilla group's leader, fought on.", 'Tom Reed', [{ title: 'leader', organization: null, qualifier: 'then' }]],
    // a plural title over a list of names
    ['He flew with three Russian astronauts, Ivan Petrov, Oleg Popov and Pavel Orlov.', 'Oleg Popov', [{ title: 'astronaut', organization: 'Russian', qualifier: null }]],
    ['He flew with three Russian astronauts, Ivan Petrov, Oleg Popov and Pavel Orlov.', 'Pavel Orlov', [{ title: 'astronaut', organization: 'Russian', qualifier: null }]],
    ['The talks were led by two spokesmen, Ann Cole and Mark Hill.', 'Ann Cole', [{ title: 'spokesman', organization: null, qualifier: null }]],
    ['New board members include John Harrison and Mark Adley of First Boston, James Lyons and Harold Handel.', 'James Lyons', [{ title: 'board member', organization: null, qualifier: null }]],
    ['New board members include John Harrison and Mark Adley of First Boston, James Lyons and Harold Handel.', 'Mark Adley', [{ title: 'board member', organization: null, qualifier: null }]],
    // a member of a plural title; role nouns; an adverb after the link
    ["Manny Diaz, one of the family's attorneys, spoke.", 'Manny Diaz', [{ title: 'attorney', organization: null, qualifier: null }]],
    ['Mr. Tom Reed was one of three executives on the board.', 'Tom Reed', [{ title: 'executive', organization: null, qualifier: null }]],
    ['Ken Warren, a Conservative member of Parliament, said.', 'Ken Warren', [{ title: 'Conservative member', organization: 'Parliament', qualifier: null }]],
    ['Mr. Perlman, who is also acting chief financial officer, said.', 'Perlman', [{ title: 'chief financial officer', organization: null, qualifier: 'acting' }]],
    // a lower-case title with its "of" complement, or a lower-case rank after its head, before the name
    ['Meanwhile, secretary of state Nora Vance left.', 'Nora Vance', [{ title: 'secretary of state', organization: null, qualifier: null }]],
    ['He will wait until UN secretary general Omar Haddad visits.', 'Omar Haddad', [{ title: 'secretary general', organization: 'UN', qualifier: null }]],
    // a title, "at", "of" or "for", and an organization run into the person's name
    ['Chief investment officer at Northwind Capital Group Paul Dorn said so.', 'Paul Dorn', [{ title: 'Chief investment officer', organization: 'Northwind Capital Group', qualifier: null }]],
    ['Secretary of the Air Force James Hale: No, Sir.', 'James Hale', [{ title: 'Secretary', organization: 'Air Force', qualifier: null }]],
    ["'Fine,' said the vice president and chairman of Acme LLC Jim Tarn.", 'Jim Tarn', [{ title: 'chairman', organization: 'Acme LLC', qualifier: null }]],
    // a title phrase set off by a comma before the name: with its place after a preposition, or a plural after "one of"
    ['It was said by the Syrian ambassador to Washington, Walid Mualem, in a lecture.', 'Walid Mualem', [{ title: 'ambassador', organization: 'Syrian', qualifier: null }]],
    ['It was said by the ambassador to Austria, Walid Mualem, in a lecture.', 'Walid Mualem', [{ title: 'ambassador', organization: 'Austria', qualifier: null }]],
    ['It began after the defection of one of its top leaders, Ieng Sary.', 'Ieng Sary', [{ title: 'top leader', organization: null, qualifier: null }]],
  ];
  it.each(cases)('%s', (text, name, expected) => {
    expect(rolesOf(text, name)).toEqual(expected);
  });

  const negative: Array<[string, string]> = [
    ['Maria Lopez said the president would come.', 'Maria Lopez'],
    ['Maria Lopez, who arrived on Monday, met reporters.', 'Maria Lopez'],
    ['Maria Lopez met the chairman of Acme Corp. on Monday.', 'Maria Lopez'],
    // kinship, party and people in general are not titles
    ['John Smith, his cousin, said.', 'John Smith'],
    ['Mary Jones, a Texas Republican, said.', 'Mary Jones'],
    ['Jim Lee, a friend of the family, said.', 'Jim Lee'],
    ['Ann Cole, a 30-year-old woman, was hurt.', 'Ann Cole'],
    ['Tom Hale is a former prisoner.', 'Tom Hale'],
    // an appointment verb needs a title after its object; "of" needs a lower-case noun complement
    ['Acme named Jo Parker to the board.', 'Jo Parker'],
    ['They hired Jo Parker last year.', 'Jo Parker'],
    ['Tom Reed, then a child, moved to Ohio.', 'Tom Reed'],
    ['She visited her cousins, Ann Cole and Mark Hill.', 'Mark Hill'],
    ['Through his lawyers, Mr. Mark Hill denied the claims.', 'Mark Hill'],
    ['The winners were Ann Cole and Mark Hill.', 'Mark Hill'],
    ['Ann Cole, one of the passengers, was hurt.', 'Ann Cole'],
    ['The officials met Ann Cole and Mark Hill.', 'Mark Hill'],
    // "of" before the organization needs a title before it
    ['The sale of Northwind Capital Group Paul Dorn opposed failed.', 'Paul Dorn'],
    ['He spoke of state Nora Vance.', 'Nora Vance'],
    // a plural title before a comma without "one of", and a plural after a preposition, give no role
    ['It began after the defection of its top leaders, Ieng Sary said.', 'Ieng Sary'],
    ['He wrote to the ambassadors to Austria, Walid Mualem said.', 'Walid Mualem'],
    ['The shares of Acme LLC Jim Tarn sold rose.', 'Jim Tarn'],
    // a title right before the next name in a list is that name's, not an apposition of the one before
    ['They met Ann Cole, Trade Minister Mark Hill and others.', 'Ann Cole'],
    // a plural title after one name, or no title after a list
    ['Ann Cole, attorneys said, was fine.', 'Ann Cole'],
    ['He thanked Ann Cole and Mark Hill, friends from Ohio.', 'Mark Hill'],
    ['Ann Cole and Mark Hill, who met in Oslo, married.', 'Ann Cole'],
    // a ranking describes, it names no position
    ['Tom Reed, the worst dictator in history, fled.', 'Tom Reed'],
    ['Ida Holm is the best player in the league.', 'Ida Holm'],
    ['Ann Cole was the first senior official to visit Oslo.', 'Ann Cole'],
    ['Ann Cole, the most senior official, left.', 'Ann Cole'],
    ['They met Ann Cole, trade minister Mark Hill and others.', 'Ann Cole'],
  ];
  it.each(negative)('no role in: %s', (text, name) => {
    expect(rolesOf(text, name)).toEqual([]);
  });
});
