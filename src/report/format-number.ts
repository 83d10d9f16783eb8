// Numbers as the report prints them, in the text and the HTML alike. English (en-US) digits and
// separators, fixed here rather than taken from the machine, so the output is the same in CI.

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1234567 → "1,234,567". */
export const formatCount = (n: number): string => grouped.format(n);

/** A count and its noun: (1, 'lead', 'leads') → "1 lead", (1200, …) → "1,200 leads". */
export const formatCountOf = (n: number, one: string, many: string): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** A proportion as a percentage: 0.4 → "40.0%", 0.0123 → "1.2%"; `null` → "—". */
export const formatPercent = (ratio: number | null): string =>
  ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;

/** A relative change in words' precision: 0.2345 → "23%", 0.045 → "4.5%" (sign dropped). */
export const formatLift = (ratio: number): string => {
  const percent = Math.abs(ratio) * 100;
  return `${percent < 9.95 ? percent.toFixed(1) : Math.round(percent).toString()}%`;
};

/** A difference of proportions in percentage points, signed: 0.041 → "+4.1". */
const signedPoints = (difference: number): string =>
  `${difference >= 0 ? '+' : '−'}${Math.abs(difference * 100).toFixed(1)}`;

/** 0.041 → "+4.1 pts". */
export const formatPoints = (difference: number): string => `${signedPoints(difference)} pts`;

/** A difference and its interval: "+6.2 pts (95% CI +5.0 to +7.4)". */
export const formatDifference = (difference: number, [low, high]: readonly [number, number]): string =>
  `${formatPoints(difference)} (95% CI ${signedPoints(low)} to ${signedPoints(high)})`;

/** A p-value as papers print it: "0.41", "0.01", "0.004", "< 0.001". */
export const formatP = (p: number): string => {
  if (p < 0.001) return '< 0.001';
  if (p < 0.01) return `= ${p.toFixed(3)}`;
  return `= ${p.toFixed(2)}`;
};

/** A duration: 850 → "850 ms", 4500 → "4.5 s", 41200 → "41 s", 92000 → "1 min 32 s", 1800000 → "30 min"; `null` → "—". */
export const formatDuration = (ms: number | null): string => {
  if (ms === null) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 9.95) return `${seconds.toFixed(1)} s`;
  if (seconds < 59.5) return `${Math.round(seconds)} s`;
  const total = Math.round(seconds);
  const minutes = Math.floor(total / 60);
  if (minutes >= 60)
    return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return total % 60 === 0 ? `${minutes} min` : `${minutes} min ${total % 60} s`;
};

/** Rounds up to two significant figures, for "about N": 274 → 280, 1234 → 1300, 37 → 37. */
export const roundUpForAbout = (n: number): number => {
  if (n < 100) return Math.ceil(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / unit) * unit;
};
