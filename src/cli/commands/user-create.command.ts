import { z } from 'zod'
import { findUserByEmail, listAgencies, type Agency } from '../../data/repositories/identity-repository.js'
import { isRole, ROLES } from '../../domain/access/roles.js'
import { createUser, MIN_PASSWORD_LENGTH } from '../../services/user-service.js'
import { parseCommandOptions } from '../cli-args.js'
import {
  cliRequestContext,
  EXIT_FAILED,
  EXIT_OK,
  printProblems,
  withRuntime,
  type CliCommand,
  type CliIo,
  type Problem,
} from '../cli-context.js'

// The service's field names, as the flags a person typed.
const FLAGS: Record<string, string> = {
  email: '--email',
  displayName: '--name',
  agencyName: '--agency',
  roles: '--role',
  password: '--password',
}

const ROLE_LIST = `Roles must be from: ${ROLES.join(', ')}`
// Worded as the service words them, so a problem reads the same whichever check finds it.
const EMAIL = z.email()
const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.org'
const PASSWORD_LENGTH = `Password must be ${MIN_PASSWORD_LENGTH} characters or more`

export const userCreateCommand: CliCommand = {
  name: 'user create',
  summary: 'Create a user account in an existing agency',
  usage: [
    'Usage: threshold user create --email EMAIL --name NAME --agency "AGENCY NAME" --role ROLE [--role ROLE] [--password PASSWORD]',
    '',
    '  --email EMAIL         Their work email address; they sign in with it',
    '  --name NAME           Their full name',
    '  --agency NAME         The name of an existing agency (quote it)',
    '  --role ROLE           Repeat, or separate with commas, for more than one role',
    `  --password PASSWORD   ${MIN_PASSWORD_LENGTH} characters or more. Left out, it is asked for without`,
    '                        showing it, or read from the first line of standard input when that is',
    '                        not a terminal. Prefer those: a password on the command line is kept in',
    '                        shell history.',
    '',
    `Roles: ${ROLES.join(', ')}`,
  ].join('\n'),
  run: async (args, ctx) => {
    const parsed = parseCommandOptions(
      userCreateCommand,
      args,
      {
        email: { type: 'string' },
        name: { type: 'string' },
        agency: { type: 'string' },
        role: { type: 'string', multiple: true },
        password: { type: 'string' },
      },
      ctx.io,
    )
    if (!parsed.ok) return parsed.exitCode
    const v = parsed.values
    const roles = (v.role ?? [])
      .flatMap(r => r.split(','))
      .map(r => r.trim())
      .filter(r => r !== '')

    const email = v.email?.trim() ?? ''
    const agencyName = v.agency?.trim() ?? ''

    // Every field is checked before anyone is asked for a password, so one run lists every
    // problem. The service checks again when it creates the account.
    const problems: Problem[] = []
    if (email === '') problems.push({ flag: '--email', message: 'Enter their email address' })
    else if (!EMAIL.safeParse(email).success) problems.push({ flag: '--email', message: EMAIL_FORMAT })
    if (!v.name?.trim()) problems.push({ flag: '--name', message: 'Enter their full name' })
    if (agencyName === '') problems.push({ flag: '--agency', message: 'Enter the name of their agency' })
    if (roles.length === 0) problems.push({ flag: '--role', message: `Give them at least one role. ${ROLE_LIST}` })
    const unknownRoles = roles.filter(r => !isRole(r))
    if (unknownRoles.length > 0) problems.push({ flag: '--role', message: unknownRoleMessage(unknownRoles) })
    if (v.password !== undefined && v.password.length < MIN_PASSWORD_LENGTH) {
      problems.push({ flag: '--password', message: PASSWORD_LENGTH })
    }

    if (problems.length > 0 && agencyName === '' && email === '') {
      // Nothing the database could add to the list.
      printProblems(ctx.io, problems)
      return EXIT_FAILED
    }

    return withRuntime(ctx, { requireMigrated: true }, async runtime => {
      const agencies = await listAgencies(runtime.handle.db)
      const agency = agencyName === '' ? undefined : matchAgency(agencies, agencyName)
      if (agencyName !== '' && !agency) {
        problems.push({ flag: '--agency', message: `There is no agency called “${agencyName}”` })
      }
      if (email !== '' && (await findUserByEmail(runtime.handle.db, email))) {
        problems.push({ flag: '--email', message: `A user with the email address ${email} already exists` })
      }
      if (problems.length > 0 || !agency) {
        printProblems(ctx.io, sortByFlag(problems))
        if (agencyName !== '' && !agency) printAgencies(ctx.io, agencies)
        return EXIT_FAILED
      }

      const password = v.password ?? (await ctx.io.readPassword())
      if (password === null) return EXIT_FAILED
      const result = await createUser(runtime.deps, cliRequestContext('user create'), {
        email,
        displayName: v.name ?? '',
        agencyName: agency.name,
        roles,
        password,
      })
      if (!result.ok) {
        const error = result.error
        if (error.kind === 'invalid') {
          printProblems(
            ctx.io,
            error.problems.map(p => ({ flag: FLAGS[p.field] ?? p.field, message: p.message })),
          )
        } else if (error.kind === 'unknown-agency') {
          printProblems(ctx.io, [{ flag: '--agency', message: `There is no agency called “${error.agencyName}”` }])
        } else {
          printProblems(ctx.io, [
            { flag: '--email', message: `A user with the email address ${error.email} already exists` },
          ])
        }
        return EXIT_FAILED
      }
      ctx.io.stdout(
        `Created ${v.name?.trim()} <${email}> in ${agency.name} with the role${roles.length === 1 ? '' : 's'} ${[...new Set(roles)].join(', ')}.`,
      )
      ctx.io.stdout(`User id: ${result.value.userId}`)
      return EXIT_OK
    })
  },
}

function unknownRoleMessage(unknown: string[]): string {
  const named = unknown.map(r => `“${r}”`).join(', ')
  return `${named} ${unknown.length === 1 ? 'is not a role' : 'are not roles'}. ${ROLE_LIST}`
}

// Agency names carry typographic apostrophes (“Children’s”) that nobody types in a shell, so
// a name that differs only in case, spacing or quote style still finds its agency.
function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

export function matchAgency(agencies: readonly Agency[], typed: string): Agency | undefined {
  const exact = agencies.find(a => a.name === typed)
  if (exact) return exact
  const wanted = normaliseName(typed)
  const close = agencies.filter(a => normaliseName(a.name) === wanted)
  return close.length === 1 ? close[0] : undefined
}

const FLAG_ORDER = ['--email', '--name', '--agency', '--role', '--password']

function sortByFlag(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => FLAG_ORDER.indexOf(a.flag) - FLAG_ORDER.indexOf(b.flag))
}

function printAgencies(io: CliIo, agencies: readonly Agency[]): void {
  io.stderr('')
  if (agencies.length === 0) {
    io.stderr('There are no agencies in this database yet.')
    return
  }
  io.stderr('The agencies are:')
  for (const a of agencies) io.stderr(`  ${a.name}`)
}
