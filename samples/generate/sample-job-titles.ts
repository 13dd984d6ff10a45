/** How senior a sample contact is; it sets how likely they are to show buying intent. */
export type SampleSeniority = 'c_level' | 'vp' | 'director' | 'manager' | 'individual' | 'student';

/** Share of contacts at each seniority (the rest leave the job title empty, see MISSING_TITLE_SHARE). */
export const SENIORITY_WEIGHTS: readonly (readonly [SampleSeniority, number])[] = [
  ['c_level', 6], ['vp', 8], ['director', 14], ['manager', 24], ['individual', 38], ['student', 5],
];

export const MISSING_TITLE_SHARE = 0.07;

/**
 * Job titles as people type them, by seniority, across functions, in a few languages. Some hold commas
 * (so the export quotes them); the rules engine buckets them by its own patterns.
 */
export const JOB_TITLES: Readonly<Record<SampleSeniority, readonly string[]>> = {
  c_level: ['CEO', 'Chief Executive Officer', 'Co-Founder & CEO', 'Founder', 'CMO', 'Chief Marketing Officer', 'Chief Revenue Officer', 'CRO', 'COO', 'CFO', 'CTO', 'Managing Director', 'Geschäftsführer', 'Président', 'Owner'],
  vp: ['VP Sales', 'VP of Marketing', 'Vice President, Sales', 'VP, Revenue Operations', 'SVP Sales & Marketing', 'Head of Growth', 'Head of Sales', 'Head of Marketing', 'Head of Demand Generation', 'VP Customer Success', 'VP Engineering', 'Head of People'],
  director: ['Director of Marketing', 'Sales Director', 'Director, Revenue Operations', 'Director of Demand Generation', 'Marketing Operations Director', 'Director of Sales Operations', 'Director of Engineering', 'Finance Director', 'Leiter Vertrieb', 'Leiterin Marketing', 'Directora de Marketing', 'Directeur Commercial', 'IT Director'],
  manager: ['Marketing Manager', 'Sales Manager', 'RevOps Manager', 'Revenue Operations Manager', 'Demand Generation Manager', 'Marketing Operations Manager', 'Content Marketing Manager', 'Account Manager', 'Customer Success Manager', 'Product Manager', 'Engineering Manager', 'Sales Team Lead', 'Responsable Marketing', 'Gerente de Ventas', 'HR Manager'],
  individual: ['Account Executive', 'Senior Account Executive', 'Sales Development Representative', 'SDR', 'BDR', 'Marketing Specialist', 'Growth Marketer', 'Content Writer', 'SEO Specialist', 'Marketing Operations Specialist', 'Sales Ops Analyst', 'Data Analyst', 'Software Engineer', 'Senior Software Engineer', 'Product Designer', 'Accountant', 'Recruiter', 'IT Administrator', 'Consultant', 'Vertriebsmitarbeiter', 'Ejecutiva de Cuentas', 'Chargée de marketing'],
  student: ['Student', 'Marketing Intern', 'Sales Intern', 'MBA Student', 'Werkstudent Marketing', 'Graduate Trainee', 'Stagiaire Marketing'],
};
