import os from 'node:os';

/** One line of machine facts to read the figures against. */
export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim().replace(/\s+/g, ' ') || 'unknown CPU';
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return `errorkit bench | ${model} | ${cpus.length} cores | Node ${process.version} | ${os.platform()} ${os.arch()} | ${date}`;
}
