// UK postcodes in the BS 7666 shape: an outward code (area and district: A9, A99, AA9, AA99,
// A9A or AA9A) and an inward code (sector digit and unit letters). The letter rules reject
// common typing slips, such as O for 0 or I for 1, that a looser pattern would let through.
// The pattern cannot tell whether a postcode exists; only an address lookup could.

const OUTWARD = '(?:[A-PR-UWYZ](?:\\d[A-HJKPSTUW]|\\d{1,2})|[A-PR-UWYZ][A-HK-Y](?:\\d[ABEHMNPRVWXY]|\\d{1,2}))'
const INWARD = '\\d[ABD-HJLNP-UW-Z]{2}'
const POSTCODE = new RegExp(`^(?:GIR0AA|${OUTWARD}${INWARD})$`)

function compact(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

export function isValidPostcode(input: string): boolean {
  return POSTCODE.test(compact(input))
}

/**
 * Upper case with one space before the inward code: "sw1a1aa" → "SW1A 1AA". Input that is
 * too short to have an inward code comes back upper-cased without spaces, so check it with
 * isValidPostcode first when the result is to be stored.
 */
export function normalisePostcode(input: string): string {
  const code = compact(input)
  if (code.length < 5) return code
  return `${code.slice(0, -3)} ${code.slice(-3)}`
}
