/** The outcome of a save or roll back, shown inline on the page and as HubSpot's alert banner. */
export interface Notice {
  readonly variant: 'success' | 'warning' | 'danger';
  readonly title: string;
  readonly message: string;
}
