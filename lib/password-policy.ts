// What a staff password must be: long enough, not absurdly long, and not a common one.
export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128

// The commonest leaked passwords of 10+ characters, and the shapes they come in.
const COMMON = new Set([
  '1234567890', '12345678910', '123456789a', '0123456789', '0987654321', '1q2w3e4r5t', '1qaz2wsx3edc', 'qwertyuiop', 'qwertyuiop1',
  'asdfghjkl1', 'zxcvbnm123', 'password12', 'password123', 'password1234', 'passw0rd123', 'iloveyou12', 'iloveyou123', 'sunshine12',
  'princess12', 'football12', 'football123', 'baseball12', 'welcome123', 'welcome1234', 'letmein123', 'abc1234567', 'abcd123456',
  'admin12345', 'administrator', 'changeme123', 'qwerty12345', 'qwerty123456', 'superman123', 'monkey1234', 'dragon1234', 'master1234',
  'trustno1234', 'starwars123', 'whatever123', 'michael123', 'charlie123', 'jennifer123', 'computer123', 'internet123', 'broadside123',
  'broadside-demo', 'newspaper1', 'socialism1', 'solidarity', 'solidarity1', 'workers1234', 'liverpool1', 'chelsea1234', 'arsenal1234',
  'manchester1', 'qazwsxedcrfv', '1234qwerasdf', 'aaaaaaaaaa', 'zaq12wsxcde', 'q1w2e3r4t5y6', 'passwordpassword', 'test123456',
])

export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`
  const lower = password.toLowerCase()
  if (COMMON.has(lower)) return 'That password is too common. Choose something less guessable, such as four random words.'
  if (/^(.)\1+$/.test(password)) return 'That password repeats one character. Choose something less guessable.'
  if (/^(?:0123456789|1234567890|abcdefghij)/i.test(password) && new Set(lower).size < 8) return 'That password is too easy to guess.'
  const local = context.email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 4 && lower.includes(local)) return 'Don’t build your password from your email address.'
  if (context.name && context.name.length >= 4 && lower.includes(context.name.toLowerCase().replace(/\s+/g, ''))) return 'Don’t build your password from your name.'
  return null
}
