/**
 * Numbers for people to read, as `n.toLocaleString('en-US', { maximumFractionDigits })` writes them ("6,416",
 * "1,609.3"), without Intl: a first call to Intl's number formatting costs about 10 ms of a cold start.
 * Like Intl, it rounds the number's shortest decimal form (1.15 is "1.15", so "1.2" at one digit) half away from zero.
 */
export function formatNumber(n: number, maximumFractionDigits = 0): string {
  // beyond plain decimal notation, and for anything odd, Intl itself (never on a news article's numbers)
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21 || !Number.isInteger(maximumFractionDigits) || maximumFractionDigits < 0) {
    return n.toLocaleString('en-US', { maximumFractionDigits });
  }
  const negative = n < 0 || Object.is(n, -0);
  const shortest = String(Math.abs(n));
  // below 1e-6 String() writes an exponent: such a number rounds to zero at any digits we write
  let [whole, fraction = ''] = shortest.includes('e') ? ['0', ''] : shortest.split('.') as [string, string?];
  if (fraction.length > maximumFractionDigits) {
    const up = fraction.charCodeAt(maximumFractionDigits) >= 53; // '5'
    fraction = fraction.slice(0, maximumFractionDigits);
    if (up) {
      const digits = (BigInt(whole + fraction) + 1n).toString().padStart(whole.length + fraction.length, '0');
      whole = digits.slice(0, digits.length - fraction.length);
      fraction = digits.slice(digits.length - fraction.length);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
