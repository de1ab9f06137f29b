/**
 * What CHANGELOG.md says of the API schema: a `## <version>` section per release, newest first,
 * with `### Breaking`, `### Dangerous`, `### Deprecated`, `### Added` and `### Changed` parts that
 * name each change by its schema coordinate in backticks. Anything else in a section is prose for
 * people and is left alone.
 */
export const CHANGE_KINDS = ['Breaking', 'Dangerous', 'Deprecated', 'Added', 'Changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangelogSection {
  version: string;
  /** The coordinates each part names: `Appointment.status` from "- `Appointment.status` …". */
  named: Record<ChangeKind, Set<string>>;
}

const VERSION_HEADING = /^## +v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/;
const PART_HEADING = /^### +(\w+)/;
const CODE_SPAN = /`([^`]+)`/g;

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
    if (part && line.trimStart().startsWith('- ')) {
      for (const [, coordinate] of line.matchAll(CODE_SPAN)) if (coordinate) part.add(coordinate);
    }
  }
  return sections;
}
