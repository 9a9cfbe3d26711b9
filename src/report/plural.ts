/** "1 claim", "3 claims": English plurals for the few nouns and verbs the reports use. */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
