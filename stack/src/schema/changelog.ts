/**
 * What CHANGELOG.md says of the API schema: a `## <version>` section per release, newest first,
 * with `### Breaking`, `### Dangerous`, `### Deprecated`, `### Added` and `### Changed` parts
 * whose entries (`- ` or `* ` lines) each begin with the schema coordinate they are about, in
 * backticks. Further code spans in an entry, its wrapped lines and anything else in a section
 * are prose for people, left alone.
 */
export const CHANGE_KINDS = ['Breaking', 'Dangerous', 'Deprecated', 'Added', 'Changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangelogSection {
  /** As the heading writes it; whether it is a semantic version is the reader's to check. */
  version: string;
  /** The coordinate each entry of each part is about: `Appointment.status` from "- `Appointment.status` …". */
  named: Record<ChangeKind, Set<string>>;
}

const VERSION_HEADING = /^## +v?(\d\S*)/;
const PART_HEADING = /^### +(\w+)/;
const ENTRY = /^\s*[-*] +[^`]*`([^`]+)`/;

const emptyParts = (): Record<ChangeKind, Set<string>> =>
  Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, new Set<string>()])) as Record<ChangeKind, Set<string>>;

const isChangeKind = (word: string): word is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(word);

export function parseChangelog(text: string): ChangelogSection[] {
  const sections: ChangelogSection[] = [];
  let part: Set<string> | undefined;
  for (const line of text.split('\n')) {
    const version = VERSION_HEADING.exec(line);
    if (version?.[1]) {
      sections.push({ version: version[1], named: emptyParts() });
      part = undefined;
      continue;
    }
    if (line.startsWith('## ')) {
      part = undefined;
      continue;
    }
    const heading = PART_HEADING.exec(line);
    const section = sections.at(-1);
    if (heading?.[1] !== undefined) {
      part = section && isChangeKind(heading[1]) ? section.named[heading[1]] : undefined;
      continue;
    }
    const entry = ENTRY.exec(line);
    if (part && entry?.[1]) part.add(entry[1]);
  }
  return sections;
}
