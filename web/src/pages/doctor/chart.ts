/** Words for the chart: a date of birth, and who wrote a version of a record. */

/** A calendar date (YYYY-MM-DD) as people read it; a date has no zone to convert. */
export function formatDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A version's author: "you" for the doctor reading, else the doctor's name when known. */
export function authorName(id: string, doctorId: string, names: ReadonlyMap<string, string>): string {
  if (id === doctorId) return 'you';
  return names.get(id) ?? 'another doctor';
}

/** A form's optional text: blank is absent, the rest trimmed. */
export function optionalText(value: FormDataEntryValue | null): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text || undefined;
}
