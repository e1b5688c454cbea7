/**
 * Stages as data: each stage names the stages whose results it reads (`needs`), what it gives (for the warning when
 * it fails) and the result that stands in for its own when it fails. Which stages run is the closure of what was
 * asked for under `needs`; what a failure costs follows from the same graph.
 */

export interface Stage<Results, R, Env> {
  /** the stages whose results `run` reads; it is given theirs and no others */
  needs: ReadonlyArray<keyof Results & string>;
  /** what it adds to the sheet, as a plural noun ("dates"): told when it fails */
  gives: string;
  /** its result when it fails; none: the stages that need it do not run either */
  fallback?: R;
  run: (got: Results, env: Env) => R;
}

export type StageTable<Results, Env> = { [K in keyof Results]: Stage<Results, Results[K], Env> };

type Name<Results> = keyof Results & string;

/** The stages that `wanted` need, themselves included, in the table's order (a stage comes after those it needs). */
export function plan<Results, Env>(table: StageTable<Results, Env>, wanted: Iterable<Name<Results>>): Array<Name<Results>> {
  const keep = new Set<Name<Results>>();
  const visit = (name: Name<Results>) => {
    if (keep.has(name)) return;
    keep.add(name);
    for (const need of table[name].needs) visit(need);
  };
  for (const name of wanted) visit(name);
  return (Object.keys(table) as Array<Name<Results>>).filter((name) => keep.has(name));
}

/**
 * Run the planned stages in order, each guarded: one that throws is reported to `failed` and its fallback stands in
 * for its result; a stage that needs one without a result (failed, no fallback) is skipped and gives its own fallback.
 */
export function runPlan<Results, Env>(table: StageTable<Results, Env>, order: ReadonlyArray<Name<Results>>, env: Env, failed: (stage: Name<Results>, error: unknown) => void): Partial<Results> {
  const got: Partial<Results> = {};
  for (const name of order) {
    const stage = table[name];
    if (stage.needs.some((need) => got[need] === undefined)) {
      got[name] = stage.fallback;
      continue;
    }
    const given = {} as Results;
    for (const need of stage.needs) given[need] = got[need]!;
    try {
      got[name] = stage.run(given, env);
    } catch (error) {
      failed(name, error);
      got[name] = stage.fallback;
    }
  }
  return got;
}

/** What a failure of `name` costs among the planned stages: its own results, and what is built on them. */
export function lost<Results, Env>(table: StageTable<Results, Env>, order: ReadonlyArray<Name<Results>>, name: Name<Results>): string {
  const hit = new Set<Name<Results>>([name]);
  for (const other of order) if (table[other].needs.some((need) => hit.has(need))) hit.add(other);
  hit.delete(name);
  const own = `${table[name].gives} are missing`;
  // the root of every other stage costs everything
  if (hit.size === order.length - 1) return own;
  const after = [...new Set([...hit].map((n) => table[n].gives))];
  if (!after.length) return own;
  const list = after.length === 1 ? after[0] : `${after.slice(0, -1).join(', ')} and ${after[after.length - 1]}`;
  return `${own}, and ${list} may be incomplete`;
}
