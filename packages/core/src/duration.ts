/** Durations and counts as a person reads them. */

const UNITS: ReadonlyArray<{ seconds: number; one: string; many: string; below: number }> = [
  { seconds: 1, one: "s", many: "s", below: 60 },
  { seconds: 60, one: "min", many: "min", below: 60 * 60 },
  { seconds: 3600, one: "h", many: "h", below: 24 * 3600 },
  { seconds: 86_400, one: "day", many: "days", below: Number.POSITIVE_INFINITY },
];

/** 3 significant digits below 100 (25.9, 4.32, 0.72), whole numbers from 100 on. */
function figure(x: number): string {
  if (x >= 100) return String(Math.round(x));
  return String(Number(x.toPrecision(3)));
}

/**
 * A duration in the unit that fits: seconds under a minute, minutes under an hour, hours under
 * a day, days from there on (`25.9 s`, `4.32 min`, `18 h`, `3.5 days`). Below a second it stays
 * in seconds (`0.42 s`); a rounded value never reads as the next unit's 60 (59.96 s is `1 min`).
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  for (let i = 0; i < UNITS.length; i++) {
    const u = UNITS[i]!;
    // a unit is reached only from the one below at its boundary: never "0.999 min"
    const text = figure(i === 0 ? s : Math.max(1, s / u.seconds));
    // 59.96 s rounds to "60 s": that is the next unit's 1
    if (Number(text) * u.seconds >= u.below && i + 1 < UNITS.length) continue;
    return `${sign}${text} ${Number(text) === 1 ? u.one : u.many}`;
  }
  return `${sign}${s} s`;
}

/** `1 rollback`, `2 rollbacks`: a count with its noun in the right number. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
