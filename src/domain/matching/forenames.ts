import { normaliseName } from './normalise.js'

// Forenames that are the same name to the person who uses them: short forms (Liz for
// Elizabeth), pet forms (Alfie for Alfred) and common spellings (Mohammed, Muhammad). A
// referrer writes what the family calls the child; the record holds the registered name.
// Each group lists the registered form first. A short form can belong to more than one
// group (Alex, Sam, Charlie), and is then a known short form of each.

export const FORENAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'will', 'bill', 'billy', 'willie', 'willy', 'liam'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby', 'bert'],
  ['richard', 'rich', 'richie', 'rick', 'ricky', 'dick'],
  ['john', 'jack', 'johnny', 'jon', 'jonny'],
  ['jonathan', 'jon', 'jonny', 'johnny', 'jonathon'],
  ['james', 'jim', 'jimmy', 'jamie', 'jimmie'],
  ['thomas', 'tom', 'tommy', 'thom'],
  ['edward', 'ed', 'eddie', 'eddy', 'ted', 'teddy', 'ned'],
  ['alfred', 'alfie', 'alf', 'fred'],
  ['frederick', 'fred', 'freddie', 'freddy', 'frederic', 'fredrick'],
  ['charles', 'charlie', 'chas', 'chuck', 'charley'],
  ['henry', 'harry', 'hal', 'hank'],
  ['harrison', 'harry'],
  ['michael', 'mike', 'mikey', 'mick', 'micky', 'mickey'],
  ['daniel', 'dan', 'danny'],
  ['matthew', 'matt', 'matty'],
  ['joseph', 'joe', 'joey', 'jo'],
  ['samuel', 'sam', 'sammy'],
  ['benjamin', 'ben', 'benny', 'benji'],
  ['benedict', 'ben'],
  ['alexander', 'alex', 'alec', 'xander', 'sandy'],
  ['christopher', 'chris', 'kit', 'kristopher'],
  ['nicholas', 'nick', 'nicky', 'nico', 'nicolas'],
  ['anthony', 'tony', 'antony', 'ant'],
  ['andrew', 'andy', 'drew'],
  ['david', 'dave', 'davey', 'davy'],
  ['peter', 'pete'],
  ['stephen', 'steve', 'steven', 'stevie', 'stephan'],
  ['timothy', 'tim', 'timmy'],
  ['jacob', 'jake'],
  ['joshua', 'josh'],
  ['zachary', 'zach', 'zack', 'zac'],
  ['nathaniel', 'nathan', 'nate', 'nat'],
  ['oliver', 'ollie', 'olly', 'oli'],
  ['theodore', 'theo', 'ted', 'teddy'],
  ['archibald', 'archie'],
  ['louis', 'lewis', 'louie', 'lou'],
  ['gregory', 'greg'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['lawrence', 'laurence', 'larry', 'laurie'],
  ['patrick', 'pat', 'paddy'],
  ['philip', 'phillip', 'phil', 'pip'],
  ['terence', 'terrence', 'terry'],
  ['leonard', 'len', 'lenny', 'leo'],
  ['maximilian', 'max', 'maxi'],
  ['sebastian', 'seb'],
  ['dominic', 'dom'],
  ['francis', 'frank', 'frankie', 'fran'],
  ['george', 'georgie'],
  ['mohammed', 'muhammad', 'mohammad', 'muhammed', 'mohamed', 'mohamad', 'mo'],
  ['jayden', 'jaden', 'jaiden', 'jaydon'],
  ['elizabeth', 'elisabeth', 'liz', 'lizzie', 'lizzy', 'beth', 'betty', 'bess', 'bessie', 'eliza', 'elsie', 'libby'],
  ['katherine', 'catherine', 'kathryn', 'katharine', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'cath', 'kitty'],
  ['margaret', 'maggie', 'meg', 'peggy', 'madge', 'maisie'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky', 'becca', 'bex'],
  ['victoria', 'vicky', 'vicki', 'tori', 'vic'],
  ['alexandra', 'alex', 'lexi', 'lexie', 'alexa', 'sasha'],
  ['samantha', 'sam', 'sammy', 'sammie'],
  ['christina', 'christine', 'kristina', 'chris', 'chrissie', 'tina'],
  ['charlotte', 'lottie', 'lotty', 'charlie'],
  ['abigail', 'abby', 'abbie', 'gail'],
  ['amelia', 'millie', 'milly', 'mia'],
  ['emily', 'emilie', 'em', 'emmy', 'millie'],
  ['emma', 'em', 'emmy'],
  ['isabella', 'isabel', 'isabelle', 'isobel', 'izzy', 'izzie', 'issy', 'bella', 'belle'],
  ['jessica', 'jess', 'jessie'],
  ['olivia', 'liv', 'livvy', 'livia'],
  ['sophia', 'sophie', 'sofia', 'soph'],
  ['eleanor', 'elinor', 'ellie', 'elle', 'nell', 'nellie', 'nora'],
  ['helen', 'nell', 'nellie'],
  ['patricia', 'pat', 'patty', 'trish', 'tricia'],
  ['susan', 'sue', 'susie', 'suzy', 'susannah', 'suzanne'],
  ['deborah', 'debra', 'debbie', 'deb'],
  ['jacqueline', 'jackie', 'jacqui'],
  ['josephine', 'jo', 'josie'],
  ['joanne', 'joanna', 'jo'],
  ['dorothy', 'dot', 'dotty', 'dolly'],
  ['mary', 'molly', 'polly', 'mae'],
  ['anne', 'ann', 'anna', 'annie', 'nancy'],
  ['louise', 'louisa', 'lou', 'lulu'],
  ['natalie', 'natasha', 'nat', 'tash', 'tasha'],
  ['frances', 'fran', 'frankie'],
  ['georgina', 'georgia', 'georgie', 'gina'],
  ['florence', 'flo', 'florrie', 'flossie'],
  ['evelyn', 'evie'],
  ['matilda', 'tilly', 'tillie', 'tilda', 'mattie'],
  ['penelope', 'penny'],
  ['madeleine', 'madeline', 'madelyn', 'maddie', 'maddy'],
  ['teresa', 'theresa', 'tess', 'tessa', 'terri'],
  ['zoe', 'zoey'],
  ['aisha', 'ayesha', 'aysha', 'aishah'],
  ['caitlin', 'kaitlyn', 'katelyn', 'caitlyn'],
  ['gabriella', 'gabrielle', 'gabby', 'gabi'],
]

const GROUPS_BY_NAME = new Map<string, number[]>()
for (const [index, group] of FORENAME_GROUPS.entries()) {
  for (const name of group) GROUPS_BY_NAME.set(name, [...(GROUPS_BY_NAME.get(name) ?? []), index])
}

/**
 * For blocking, groups that share a name are joined (Alex joins Alexander and Alexandra),
 * so every name in the joined set is searched under one representative.
 */
const REPRESENTATIVE = new Map<string, string>()
{
  const parent = FORENAME_GROUPS.map((_, index) => index)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i
    return i
  }
  for (const indexes of GROUPS_BY_NAME.values()) {
    for (const other of indexes.slice(1)) parent[find(other)] = find(indexes[0] ?? other)
  }
  const leastCanonical = new Map<number, string>()
  for (const [index, group] of FORENAME_GROUPS.entries()) {
    const root = find(index)
    const canonical = group[0] ?? ''
    const current = leastCanonical.get(root)
    if (current === undefined || canonical < current) leastCanonical.set(root, canonical)
  }
  for (const [name, indexes] of GROUPS_BY_NAME) {
    REPRESENTATIVE.set(name, leastCanonical.get(find(indexes[0] ?? 0)) ?? name)
  }
}

function firstToken(name: string): string {
  return normaliseName(name).split(' ')[0] ?? ''
}

/** True when two different forenames are forms of the same name (Liz and Elizabeth; Bill and Will). */
export function isKnownShortForm(a: string, b: string): boolean {
  return isKnownShortFormOf(firstToken(a), firstToken(b))
}

/** The same, for single names already normalised. */
export function isKnownShortFormOf(x: string, y: string): boolean {
  if (x === '' || y === '' || x === y) return false
  const groups = GROUPS_BY_NAME.get(x)
  return groups !== undefined && (GROUPS_BY_NAME.get(y) ?? []).some(index => groups.includes(index))
}

/** The name a forename is searched under: its joined group's representative, or the name itself. */
export function forenameRepresentative(name: string): string {
  const token = firstToken(name)
  return REPRESENTATIVE.get(token) ?? token
}
