/** The readable report of `summit-facts check`: one block per article naming each missing, unexpected or different fact. */
import type { ChalkInstance } from 'chalk';
import type { FactDiff, Comparison } from '../expected/compare.js';
import { sanitize } from './sanitize.js';

const MARK: Record<FactDiff['status'], string> = { missing: '-', unexpected: '+', different: '~' };

export function renderComparison(name: string, result: Comparison, chalk: ChalkInstance): string {
  const unexpected = result.diffs.filter((d) => d.status === 'unexpected').length;
  const counts = `${result.found} of ${result.expected} expected facts found${unexpected ? `, ${unexpected} unexpected` : ''}`;
  if (result.diffs.length === 0) return `${chalk.green('PASS')}  ${sanitize(name)}  ${chalk.dim(`(${counts})`)}\n`;
  const colour = { missing: chalk.red, unexpected: chalk.yellow, different: chalk.magenta };
  const lines = [`${chalk.red('FAIL')}  ${sanitize(name)}  ${chalk.dim(`(${counts})`)}`];
  for (const diff of result.diffs) {
    const status = colour[diff.status](`${MARK[diff.status]} ${diff.status.padEnd(10)}`);
    lines.push(`  ${status}  ${sanitize(diff.label)}`);
    for (const detail of diff.details) lines.push(`                  ${sanitize(detail)}`);
  }
  return lines.join('\n') + '\n';
}

export interface ComparisonTotals {
  passed: number;
  failed: number;
  updated: number;
  errors: number;
}

export function renderComparisonSummary(totals: ComparisonTotals, chalk: ChalkInstance): string {
  const parts = [
    totals.updated ? `${totals.updated} updated` : '',
    `${totals.passed} passed`,
    totals.failed ? chalk.red(`${totals.failed} failed`) : `${totals.failed} failed`,
    totals.errors ? chalk.red(`${totals.errors} could not be checked`) : '',
  ].filter(Boolean);
  return `\ncheck: ${parts.join(', ')}\n`;
}
