import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import semver from 'semver';
import { parseChangelog, type ChangeKind } from './changelog.js';

/** One difference a partner's queries may notice, named by its schema coordinate. */
export interface SchemaChange {
  kind: ChangeKind;
  coordinate: string;
  message: string;
}

const DEPRECATION = /DEPRECAT/;
/** `@deprecated` as a directive: inspector reports its use again beside the deprecation itself. */
const DEPRECATED_USAGE = /\.@deprecated(\.|$)/;

/** Where a change belongs in the changelog: what breaks first, then what may, then the rest by what it did. */
export function kindOf(change: Pick<Change, 'type' | 'criticality'>): ChangeKind {
  if (change.criticality.level === CriticalityLevel.Breaking) return 'Breaking';
  if (change.criticality.level === CriticalityLevel.Dangerous) return 'Dangerous';
  if (DEPRECATION.test(change.type)) return 'Deprecated';
  if (change.type.endsWith('_ADDED')) return 'Added';
  return 'Changed';
}

/**
 * The changes from one API schema to another. Better words are not a change a release must announce:
 * every `*_DESCRIPTION_*` change is left out (inspector's ignoreDescriptionChanges rule keeps a type's).
 */
export async function schemaChanges(from: string, to: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchema(from), buildSchema(to));
  return changes
    .filter((change) => !change.type.includes('_DESCRIPTION_'))
    .filter((change) => !(change.type.startsWith('DIRECTIVE_USAGE_') && DEPRECATED_USAGE.test(change.path ?? '')))
    .map((change) => ({
      kind: kindOf(change),
      coordinate: (change.path ?? change.type).replace(/\.@.*$/, ''),
      message: change.message,
    }));
}

/** The least a version must rise past the last release for these changes (semver). */
export function requiredBump(changes: readonly SchemaChange[]): 'major' | 'minor' | 'patch' {
  if (changes.some((change) => change.kind === 'Breaking')) return 'major';
  if (changes.some((change) => change.kind !== 'Changed')) return 'minor';
  return 'patch';
}

export interface ReleaseInput {
  /** The version package.json gives the project: the release the current schema is, or will be. */
  version: string;
  /** Each released API schema by its version (schema/releases/<version>.graphql). */
  releases: Record<string, string>;
  /** The API schema composed now (schema/api.graphql). */
  current: string;
  changelog: string;
}

export interface ReleaseReport {
  /** The newest release the current schema is compared with. */
  latest: string | undefined;
  changes: SchemaChange[];
  problems: string[];
}

/** The lines CHANGELOG.md's section for a version needs, to name these changes. */
export function changelogLines(changes: readonly SchemaChange[]): string {
  const kinds = [...new Set(changes.map((change) => change.kind))];
  return kinds
    .map((kind) =>
      [
        `### ${kind}`,
        ...changes
          .filter((change) => change.kind === kind)
          .map((change) => `- \`${change.coordinate}\`: ${change.message}`),
      ].join('\n'),
    )
    .join('\n\n');
}

/**
 * Whether the current API schema may be released as `version`: breaking changes only with a new
 * major version, additions with a new minor one at least, and every change named in CHANGELOG.md
 * under that version, in the part its kind belongs to.
 */
export async function checkRelease(input: ReleaseInput): Promise<ReleaseReport> {
  const problems: string[] = [];
  const released = Object.keys(input.releases);
  for (const name of released.filter((name) => !semver.valid(name))) {
    problems.push(`schema/releases/${name}.graphql is not named by a semantic version`);
  }
  const latest = semver.rsort(released.filter((name) => semver.valid(name))).at(0);
  const version = semver.valid(input.version);
  if (!version) problems.push(`package.json's version "${input.version}" is not a semantic version`);
  if (!latest) problems.push('schema/releases/ holds no release');
  if (!version || !latest) return { latest, changes: [], problems };

  const sections = parseChangelog(input.changelog);
  const sectionOf = (wanted: string) => sections.find((section) => semver.eq(section.version, wanted));
  for (const release of new Set([...released.filter((name) => semver.valid(name)), version])) {
    if (!sectionOf(release)) problems.push(`CHANGELOG.md has no "## ${release}" section`);
  }

  const changes = await schemaChanges(input.releases[latest] ?? '', input.current);
  if (semver.lt(version, latest)) {
    problems.push(`package.json's version ${version} is older than the latest release ${latest}`);
    return { latest, changes, problems };
  }
  if (!changes.length) return { latest, changes, problems };

  const bump = requiredBump(changes);
  const least = semver.inc(latest, bump) ?? latest;
  if (semver.lt(version, least)) {
    problems.push(
      `schema/api.graphql changed since release ${latest} (${changes.length} change${changes.length === 1 ? '' : 's'}, ` +
        `${bump === 'major' ? 'breaking' : bump === 'minor' ? 'new or deprecated elements' : 'compatible'}): ` +
        `package.json's version must be ${least} or later, not ${version}`,
    );
  }
  const section = sectionOf(version);
  const unnamed = changes.filter((change) => !section?.named[change.kind].has(change.coordinate));
  if (section && unnamed.length) {
    problems.push(`CHANGELOG.md's "## ${version}" does not name these changes:\n\n${changelogLines(unnamed)}`);
  }
  return { latest, changes, problems };
}
