import type { FormConfig } from '../schema/config';

/** An arm of an A/B test as assignment sees it. */
export interface WeightedArm {
  readonly name: string;
  /** Relative share of visitors; any positive number. */
  readonly weight: number;
}

/**
 * A 32-bit hash spread evenly over [0, 1): FNV-1a, then murmur3's finalizer, so ids that
 * differ in one character still land far apart.
 */
const unitHash = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
};

/** The arm a visitor belongs to, by weight: the same form and visitor id, the same arm. */
export const pickArm = <A extends WeightedArm>(
  formId: string,
  visitorId: string,
  arms: readonly A[],
): A | undefined => {
  const total = arms.reduce((sum, arm) => sum + arm.weight, 0);
  let point = unitHash(`${formId}\u0000${visitorId}`) * total;
  for (const arm of arms) {
    point -= arm.weight;
    if (point < 0) return arm;
  }
  return arms[arms.length - 1];
};

/**
 * The name of the A/B arm (a key of `config.variants`) a visitor with this id sees, the
 * way `mount` assigns it: by weight, the same id always giving the same arm. Lets a server
 * or a test know the arm in advance. `undefined` when the config has no `variants`.
 *
 * @example
 * assignVariant(config, 'visitor-42'); // → 'twostep'
 */
export const assignVariant = (config: FormConfig, visitorId: string): string | undefined =>
  pickArm(
    config.id,
    visitorId,
    Object.entries(config.variants ?? {}).map(([name, arm]) => ({ name, weight: arm.weight ?? 1 })),
  )?.name;
