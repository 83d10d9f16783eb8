/** `#rgb` or `#rrggbb` as 0–255 channels; `undefined` for anything else. */
const channels = (hex: string): number[] | undefined => {
  const digits = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(hex.trim())?.[1];
  if (!digits) return undefined;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
};

/** WCAG 2.x relative luminance of a 0–255 sRGB colour. */
const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};

/** The WCAG contrast ratio of two hex colours (1–21), or `undefined` when one is not a hex colour. */
export const contrastRatio = (a: string, b: string): number | undefined => {
  const [ca, cb] = [channels(a), channels(b)];
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
