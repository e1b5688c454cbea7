/**
 * Story ids that mean the same in every story: a kind and the folded name ("person:mary-barra", "country:us"), so that
 * two stories' facts can be joined on them. Two facts of one story with the same key get "-2", "-3"… in order.
 */
export function slug(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return folded || 'unnamed';
}

export class IdMaker {
  private readonly used = new Map<string, number>();

  make(key: string): string {
    const n = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  }
}
