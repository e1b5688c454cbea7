// Preloaded by the bench (node --require) into every process it spawns: the process's own CPU time (user + system,
// all threads, workers included) written to stderr as it exits, where the bench reads it back.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nsummit-facts-bench-cpu ${(user + system) / 1000}\n`);
});
