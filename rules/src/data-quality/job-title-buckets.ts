/** Seniority buckets, most senior first; fit rules test `leadops_seniority`. */
export const SENIORITIES = ['c_level', 'vp', 'director', 'manager', 'individual_contributor', 'student'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const JOB_FUNCTIONS = ['executive', 'sales', 'marketing', 'operations', 'engineering', 'product', 'finance', 'hr', 'it', 'customer_success', 'other'] as const;
export type JobFunction = (typeof JOB_FUNCTIONS)[number];

/** Matched against the lowercased title with word boundaries; first match wins, so order matters. */
const SENIORITY_PATTERNS: readonly (readonly [Seniority, RegExp])[] = [
  // Before the executive words those titles contain: "Assistant to the CEO", "Vice President".
  ['individual_contributor', /\b(assistant to|executive assistant|personal assistant)\b/],
  ['vp', /\b(vp|svp|evp|vice[- ]president|head of)\b/],
  // "Owner" alone or of a business, not of a product, process or account (roles, not owners).
  ['c_level', /\b(ceo|cfo|coo|cto|cmo|cro|cio|ciso|cpo|chief|founder|co-founder|cofounder|president|managing director|geschäftsführer(in)?|gérant|directeur général)\b|^(co-?)?owner\b|\b(business|company|agency|shop|store) owner\b/],
  ['director', /\b(director|directeur|directrice|directora|direktor(in)?|leiter(in)?)\b/],
  ['manager', /\b(manager|lead(?! gen)|team lead|supervisor|responsable|gerente)\b/],
  // After the seniority words: "Director of Student Services" and "Internship Program Manager" run programmes, they are not students.
  ['student', /\b(student|intern|internship|trainee|apprentice|werkstudent|stagiaire|praktikant)\b/],
];

const FUNCTION_PATTERNS: readonly (readonly [JobFunction, RegExp])[] = [
  ['operations', /\b(revops|revenue operations|sales operations|sales ops|marketing operations|mops|operations|ops)\b/],
  ['sales', /\b(sales|account executive|ae|sdr|bdr|business development|account manager|vertrieb|commerciale?|cro|chief revenue officer)\b/],
  ['marketing', /\b(marketing|demand gen|demand generation|lead generation|growth|brand|content|seo|campaign|communications|cmo)\b/],
  ['customer_success', /\b(customer success|csm|customer experience|support|account management)\b/],
  ['engineering', /\b(engineer|engineering|developer|software|devops|architect|cto|chief technology officer)\b/],
  ['product', /\b(product|ux|design|cpo)\b/],
  ['finance', /\b(finance|financial|accounting|accountant|controller|cfo)\b/],
  ['hr', /\b(hr|human resources|people|talent|recruit|recruiter|recruiting|recruitment)\b/],
  ['it', /\b(it|information technology|systems administrator|sysadmin|cio|ciso)\b/],
  ['executive', /\b(ceo|coo|founder|co-founder|owner|president|managing director|general manager)\b/],
];

export interface TitleBuckets {
  readonly seniority: Seniority;
  readonly jobFunction: JobFunction;
  /** Why: the words that decided each bucket. */
  readonly because: string;
}

/** The first bucket whose pattern matches, with the words that matched. */
function firstMatch<T extends string>(patterns: readonly (readonly [T, RegExp])[], text: string, otherwise: T, kind: string): { bucket: T; because: string } {
  for (const [bucket, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match) return { bucket, because: `${kind} from "${match[0]}"` };
  }
  return { bucket: otherwise, because: `no ${kind} word` };
}

/** "VP Sales" → seniority vp, function sales, because "vp" and "sales". */
export function classifyJobTitle(title: string): TitleBuckets | undefined {
  const text = title.trim().toLowerCase();
  if (text === '') return undefined;
  const seniority = firstMatch(SENIORITY_PATTERNS, text, 'individual_contributor', 'seniority');
  const jobFunction = firstMatch(FUNCTION_PATTERNS, text, 'other', 'function');
  return { seniority: seniority.bucket, jobFunction: jobFunction.bucket, because: `${seniority.because}, ${jobFunction.because}` };
}
