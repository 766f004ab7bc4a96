/** Plain-text tables for the bench output. */

export type Align = 'left' | 'right';

export interface Column {
  title: string;
  align?: Align;
}

/** Prints a section heading followed by a blank-free table with aligned columns. */
export function printTable(
  heading: string,
  columns: readonly Column[],
  rows: readonly string[][],
): void {
  const widths = columns.map((column, i) =>
    Math.max(column.title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return columns[i]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(heading);
  console.log(line(columns.map((c) => c.title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  recording.push({ kind: 'table', heading, columns, rows });
}

/** Nanoseconds as µs (below 1 ms) or ms, with three significant figures or so. */
export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns)) return '-';
  if (ns < 1e6) {
    const us = ns / 1e3;
    return `${us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : us.toFixed(0)} µs`;
  }
  const ms = ns / 1e6;
  return `${ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** A p10–p90 range, both ends in the unit and precision of the upper end. */
export function formatRange(lowNs: number, highNs: number): string {
  if (!Number.isFinite(lowNs) || !Number.isFinite(highNs)) return '-';
  const unit = highNs < 1e6 ? 1e3 : 1e6;
  const high = highNs / unit;
  const digits = high < 10 ? (unit === 1e6 ? 3 : 2) : high < 100 ? (unit === 1e6 ? 2 : 1) : 0;
  return `${(lowNs / unit).toFixed(digits)}–${high.toFixed(digits)} ${unit === 1e6 ? 'ms' : 'µs'}`;
}

/** An integer with thousands separators. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-';
}

/** A table as the markdown report shows it. */
export interface RecordedTable {
  kind: 'table';
  heading: string;
  columns: readonly Column[];
  rows: readonly string[][];
}

/** A paragraph of explanation under a section's tables. */
export interface RecordedNote {
  kind: 'note';
  text: string;
}

/** Everything a section printed, in order, for the markdown report. */
export type Recorded = RecordedTable | RecordedNote;

let recording: Recorded[] = [];
const headlines: string[] = [];

/** Starts collecting what the next section prints; returns what the previous one printed. */
export function takeRecorded(): Recorded[] {
  const taken = recording;
  recording = [];
  return taken;
}

/** Prints a line of explanation and keeps it for the markdown report. */
export function note(text: string): void {
  console.log(text);
  recording.push({ kind: 'note', text });
}

/** A headline figure for the top of the markdown report (and the README). */
export function headline(text: string): void {
  headlines.push(text);
}

/** The headline figures so far, in the order the sections gave them. */
export function headlineFigures(): readonly string[] {
  return headlines;
}
