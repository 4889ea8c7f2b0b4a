// NHS numbers: ten digits, the last a modulus 11 check digit over the first nine.
// Referrers copy them from letters and systems that print them as "943 476 5919" or
// "943-476-5919", so spacing is ignored when checking and the digits alone are stored.

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const

export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '')
}

/** Ten digits once spaces and hyphens are removed; says nothing about the check digit. */
export function hasNhsNumberFormat(input: string): boolean {
  return /^\d{10}$/.test(normaliseNhsNumber(input))
}

/** The check digit for nine leading digits, or undefined where no valid number can start that way. */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined
  let sum = 0
  for (const [index, weight] of WEIGHTS.entries()) sum += Number(firstNine[index]) * weight
  const check = 11 - (sum % 11)
  if (check === 11) return 0
  // A remainder of 1 would need a check digit of 10, so such numbers are never issued.
  if (check === 10) return undefined
  return check
}

export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input)
  if (!/^\d{10}$/.test(digits)) return false
  // Ten identical digits pass modulus 11 (for any digit d the check digit is d), and
  // "0000000000" or "1111111111" is what gets typed when the number is not known.
  if (/^(\d)\1{9}$/.test(digits)) return false
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9])
}

/** "9434765919" → "943 476 5919", the way the NHS prints it; anything else comes back trimmed, unchanged. */
export function formatNhsNumber(input: string): string {
  const digits = normaliseNhsNumber(input)
  if (!/^\d{10}$/.test(digits)) return input.trim()
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
}
