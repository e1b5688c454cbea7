/** The commander program: arguments, options, help. It parses and dispatches; the work is in the handlers. */
import os from 'node:os';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FACT_KINDS, type FactKind } from '../schema.js';
import { FORMATS, STORY_FORMATS, type Format, type StoryFormat } from '../render/index.js';
import { COLOR_WHEN } from './color.js';
import { DEFAULT_MAX_SIZE, parseDate, parseJobs, parseKinds, parseSize } from './options.js';

export interface ExtractCommandOptions {
  format: Format;
  json?: boolean;
  date?: string;
  dates?: string;
  only?: FactKind[];
  /** `--color <when>` beside `--no-color`: read it with colorWhen() */
  color?: boolean | string;
  quiet?: boolean;
  verbose?: boolean;
  output?: string;
  maxSize: number;
  jobs: number;
  progress: boolean;
}

export interface CheckCommandOptions {
  update?: boolean;
  strict?: boolean;
  date?: string;
  dates?: string;
  color?: boolean | string;
  quiet?: boolean;
  maxSize: number;
}

export interface StoryCommandOptions {
  format: StoryFormat;
  json?: boolean;
  date?: string;
  dates?: string;
  color: boolean;
  maxSize: number;
  jobs: number;
}

export interface Handlers {
  extract(files: string[], options: ExtractCommandOptions): Promise<void>;
  check(paths: string[], options: CheckCommandOptions): Promise<void>;
  story(inputs: string[], options: StoryCommandOptions): Promise<void>;
  schema(kind: 'sheet' | 'story'): Promise<void>;
}

export interface ProgramIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** the terminal's width, when help goes to one */
  columns?: number;
}

/**
 * The examples of each help: every command line can be pasted into a shell as it is (its description is a comment
 * line above it), and no line is wider than 80 columns (a test holds both).
 */
const examples = (lines: readonly string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

const EXAMPLES = examples([
  '# a readable fact sheet',
  'summit-facts article.txt --date 2023-09-12',
  '# read stdin, print JSON',
  'cat article.txt | summit-facts --json',
  '# one fact sheet per line',
  'summit-facts a.txt b.txt --format jsonl',
  '# only some kinds of facts',
  'summit-facts a.txt --only actors,events',
  '# one page: highlighted text, tables, timeline, checks',
  'summit-facts a.txt --format html -o a.html',
  '# with jq: people and ages, warnings, the timeline, places per file',
  "summit-facts a.txt --json | jq '.actors[] | {name, age}'",
  `summit-facts a.txt --json | jq '.checks[] | select(.status == "warning")'`,
  `summit-facts a.txt --json | jq -r '.events[]|.date.value+" "+.trigger.text'`,
  "summit-facts *.txt -f jsonl | jq -c '[.source.path, [.locations[].name]]'",
  '# every *.txt and *.text under corpus/, in path order',
  'summit-facts corpus/ --format jsonl -o facts.jsonl',
  '# a quoted pattern; four worker threads, output in input order',
  "summit-facts 'corpus/**/*.md' --jobs 4 -f jsonl",
  '# compare with the expected facts (summit-facts help check)',
  'summit-facts check fixtures/',
  '# one story from many articles (summit-facts help story)',
  'summit-facts story wires/ --dates dates.tsv',
  '# the JSON Schema of the output',
  'summit-facts schema > fact-sheet.schema.json',
]) + `
Without --date, relative dates ("on Tuesday") resolve against a dateline the
article carries, if any; otherwise they stay unresolved (XXXX-WXX-2) and a
warning says so on stderr. Offsets are UTF-16 indices into the input as read,
after a leading BOM: input.slice(start, end) === text.

Exit codes:
  0  success
  1  check found differences
  2  bad usage, or an input that could not be read (missing, binary, too
     large, a folder without text files, a pattern that matches no file)
  3  internal error (a bug: e.g. output that fails its own schema)
`;

const CHECK_EXAMPLES = examples([
  '# compare each article with the expected facts beside it (X.facts.json)',
  'summit-facts check fixtures/',
  '# also fail on facts and warnings the expected files do not list',
  'summit-facts check --strict fixtures/',
  '# write or refresh fixtures/new.facts.json, dated as the article was',
  'summit-facts check --update --date 2023-09-12 fixtures/new.txt',
]);

const SCHEMA_EXAMPLES = examples([
  'summit-facts schema > fact-sheet.schema.json',
  '# the JSON Schema of a story (summit-facts story --json)',
  'summit-facts schema story > story.schema.json',
  '# the fields of an actor',
  "summit-facts schema | jq '.properties.actors.items.properties | keys'",
]);

const STORY_EXAMPLES = examples([
  '# one story: who, where, the timeline, where sources disagree',
  'summit-facts story wires/ --dates dates.tsv',
  '# a story page from sheets extracted before',
  'summit-facts story facts.jsonl --format html -o story.html',
]);

const EVAL_EXAMPLES = examples([
  '# scores against a gold folder',
  'summit-facts eval corpus/tbaq-cleaned',
  '# every miss and false hit of the first five articles',
  'summit-facts eval corpus/mission-dev/gold --verbose --limit 5',
]);

/** The widest help: lines are wrapped at 80 columns, or at a narrower terminal's width. */
const HELP_WIDTH = 80;

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

const maxSizeOption = () =>
  new Option('--max-size <size>', 'refuse inputs larger than this (bytes, or with KB, MB, GB)').argParser(parseSize).default(DEFAULT_MAX_SIZE, '50MB');
/** `--color=when` and `--no-color`, one setting. */
const colorOptions = (program: Command) =>
  program
    .addOption(new Option('--color <when>', 'colour: auto (on a terminal), always or never').choices(COLOR_WHEN))
    .option('--no-color', 'no colour, as --color=never (also NO_COLOR=1; FORCE_COLOR=1 forces it)');
const quietOption = () => new Option('-q, --quiet', 'no warnings on stderr (errors are still shown)');
const dateOption = (what: string) => new Option('-d, --date <YYYY-MM-DD>', `${what}; a year from 1000 to 9999`).argParser(parseDate);
const datesOption = () =>
  new Option('--dates <file>', 'a date per article: lines of path and YYYY-MM-DD (tab or comma); an article without a line falls back to --date, then to its dateline');
const jobsOption = () =>
  new Option('-j, --jobs <n>', 'articles processed in parallel, each job a worker thread; 1 runs without workers').argParser(parseJobs).default(os.availableParallelism(), 'the number of cores');

export function buildProgram(version: string, io: ProgramIo, handlers: Handlers): Command {
  const program = new Command();
  program
    .name('summit-facts')
    .description(
      'Turn a news article into structured facts: actors (people and organizations, with ages and roles), ' +
        'locations, distances, dates (as TIMEX3 values) and the events they anchor.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: io.writeOut,
      writeErr: io.writeErr,
      outputError: (text, write) => write(text),
      getOutHelpWidth: () => Math.min(HELP_WIDTH, io.columns ?? HELP_WIDTH),
      getErrHelpWidth: () => Math.min(HELP_WIDTH, io.columns ?? HELP_WIDTH),
    })
    .enablePositionalOptions()
    .helpCommand(true)
    .argument('[files...]', 'articles to read (UTF-8 text), folders (their *.txt and *.text files) or quoted patterns (\'corpus/**/*.txt\'); "-" or no file with piped input reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--json', 'short for --format json')
    .addOption(dateOption('publication date; relative dates ("on Tuesday") resolve against it'))
    .addOption(datesOption())
    .addOption(new Option('--only <kinds>', `only these kinds, comma-separated: ${FACT_KINDS.join(',')}`).argParser(parseKinds))
    .addOption(new Option('-o, --output <file>', 'write the output to this file instead of stdout'))
    .addOption(quietOption())
    .option('-v, --verbose', 'name every article a warning concerns (by default: how many, and the first few)');
  colorOptions(program)
    .addOption(maxSizeOption())
    .addOption(jobsOption())
    .option('--no-progress', 'no progress line on stderr (shown only on a terminal, for 20 or more articles or 5 MB)')
    .addHelpText('after', EXAMPLES)
    .action((files: string[], options: ExtractCommandOptions) => handlers.extract(files, options));

  const check = program
    .command('check')
    .description(
      'compare the facts of each article X.txt with the expected facts in X.facts.json beside it ' +
        '(same JSON as --format json, every field optional); exit 1 on any difference',
    )
    .argument('<paths...>', 'articles, or folders searched for *.txt')
    .option('--update', 'write or refresh the expected files from the current output')
    .option('--strict', 'also fail on facts the expected file does not list')
    .addOption(dateOption('publication date (default: the referenceDate recorded in the expected file)'))
    .addOption(datesOption())
    .addOption(quietOption())
    .addOption(maxSizeOption())
    .addHelpText('after', CHECK_EXAMPLES)
    .action((paths: string[], options: CheckCommandOptions) => handlers.check(paths, options));
  colorOptions(check);

  program
    .command('story')
    .description(
      'one story from many articles: the same people, organizations and places linked across them, one timeline with ' +
        'the sources of each event, and the checks of the articles against each other (ages, dates, distances, roles)',
    )
    .argument('<inputs...>', 'articles (files, folders, quoted patterns) or fact sheets summit-facts wrote (.json, or .jsonl with a sheet a line)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(STORY_FORMATS).default('table'))
    .option('--json', 'short for --format json')
    .addOption(dateOption('publication date of the articles without a line in --dates'))
    .addOption(datesOption())
    .option('--no-color', 'no colour')
    .addOption(maxSizeOption())
    .addOption(jobsOption())
    .addHelpText('after', STORY_EXAMPLES)
    .action((inputs: string[], options: StoryCommandOptions) => handlers.story(inputs, options));

  program
    .command('eval')
    .description('score the extractor against a gold folder (TempEval timexes, MEANTIME mentions or mission facts)')
    .argument('<gold>', 'a corpus folder (gold/ and docs/) or a folder of mission gold files')
    .option('--verbose', 'list every miss and false hit')
    .option('--json', 'print the scores as JSON')
    .addOption(new Option('--limit <n>', 'only the first n articles').argParser((v) => parseCount(v)))
    .addHelpText('after', EVAL_EXAMPLES)
    .action(async (gold: string, options: { verbose?: boolean; json?: boolean; limit?: number }) => {
      // loaded on demand: scoring is a development tool, not part of the extractor's start-up
      const { runEval } = await import('./eval.js');
      const result = await runEval(gold, options);
      if (result.ok) io.writeOut(result.report);
      const message = result.ok ? (result.failed ? `${result.failed} articles failed` : null) : result.message;
      if (message) {
        io.writeErr(`summit-facts: ${message}\n`);
        throw new CommanderError(2, 'summit-facts.eval', message);
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the fact sheet, or of the story sheet')
    .addArgument(new Argument('[kind]', 'which sheet').choices(['sheet', 'story']).default('sheet'))
    .addHelpText('after', SCHEMA_EXAMPLES)
    .action((kind: 'sheet' | 'story') => handlers.schema(kind));

  return program;
}
