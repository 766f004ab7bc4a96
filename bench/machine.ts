import os from 'node:os';

/** The machine facts the figures are read against. */
export interface MachineInfo {
  /** ISO date and time of the run, UTC, to the second. */
  date: string;
  cpu: string;
  cores: number;
  /** Total memory in GiB. */
  memoryGiB: number;
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus[0]?.model.trim().replace(/\s+/g, ' ') || 'unknown CPU',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

/** One line of machine facts to read the figures against. */
export function machineLine(info: MachineInfo = machineInfo()): string {
  return `errorkit bench | ${info.cpu} | ${info.cores} cores | ${info.memoryGiB.toFixed(1)} GiB | Node ${info.node} | ${info.platform} | ${info.date}`;
}
