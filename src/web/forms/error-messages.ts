// The one catalogue of error messages, written in GOV.UK style: say what went wrong and
// how to fix it, in the user's words.
export const errorMessages = {
  signIn: {
    emailMissing: 'Enter your email address',
    emailFormat: 'Enter an email address in the correct format, like name@example.org',
    passwordMissing: 'Enter your password',
    invalidCredentials: 'Enter a correct email address and password. Check for typing mistakes and try again',
    rateLimited: (minutes: number) =>
      `You have tried to sign in too many times. Wait ${minutes} minutes and try again, or ask your administrator to reset your password`,
  },
} as const
