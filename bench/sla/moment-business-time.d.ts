// moment-business-time ships no types; these are the parts the benchmark uses.
import 'moment';

declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: 'minutes' | 'hours'): Moment;
  }
  interface LocaleSpecification {
    workinghours?: Record<number, string[] | null>;
    holidays?: string[];
  }
}
