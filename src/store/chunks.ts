/** D1 binds at most 100 parameters per statement: long `in` lists go in several statements. */
export const MAX_LIST = 90;

export function chunks<T>(items: T[], size = MAX_LIST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
