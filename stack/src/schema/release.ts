import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import semver from 'semver';
import { parseChangelog, type ChangeKind, type ChangelogSection } from './changelog.js';

/** One difference a partner's queries may notice, named by its schema coordinate. */
export interface SchemaChange {
  kind: ChangeKind;
  /** `Type`, `Type.field`, `Type.field(argument:)` or `Enum.VALUE`. */
  coordinate: string;
  message: string;
  /** graphql-inspector's change type, `FIELD_REMOVED`. */
  type: string;
}

/** Better words are not a change a release must announce: descriptions and deprecation reasons reworded. */
const WORDS_ONLY = /_DESCRIPTION_|DEPRECATION_REASON_CHANGED$/;
/** `@deprecated` as a directive: inspector reports its use again beside the deprecation itself. */
const DEPRECATED_USAGE = /\.@deprecated(\.|$)/;
const DEPRECATION = /DEPRECATION_ADDED$|DEPRECATION_REASON_ADDED$/;
/** Removals a deprecation must come before: what a partner's query names. */
const REMOVALS = new Set(['FIELD_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'FIELD_ARGUMENT_REMOVED']);

/** Where a change belongs in the changelog: what breaks first, then what may, then the rest by what it did. */
export function kindOf(change: Pick<Change, 'type' | 'criticality'>): ChangeKind {
  if (change.criticality.level === CriticalityLevel.Breaking) return 'Breaking';
  if (change.criticality.level === CriticalityLevel.Dangerous) return 'Dangerous';
  if (DEPRECATION.test(change.type)) return 'Deprecated';
  if (change.type.endsWith('_ADDED')) return 'Added';
  return 'Changed';
}

/** Inspector's path (`Query.visit.id`) as a schema coordinate (`Query.visit(id:)`). */
export function coordinateOf(path: string): string {
  const parts = path.replace(/\.@.*$/, '').split('.');
  if (parts.length === 3) return `${parts[0]}.${parts[1]}(${parts[2]}:)`;
  if (parts.length === 2 && parts[0]?.startsWith('@')) return `${parts[0]}(${parts[1]}:)`;
  return parts.join('.');
}

/** The changes from one API schema to another, as a release must announce them. */
export async function schemaChanges(from: string, to: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchema(from), buildSchema(to));
  return changes
    .filter((change) => !WORDS_ONLY.test(change.type))
    .filter((change) => !(change.type.startsWith('DIRECTIVE_USAGE_') && DEPRECATED_USAGE.test(change.path ?? '')))
    .map((change) => ({
      kind: kindOf(change),
      coordinate: change.path ? coordinateOf(change.path) : change.type,
      message: change.message,
      type: change.type,
    }));
}

/** The least a version must rise past the last release for these changes (semver). */
export function requiredBump(changes: readonly SchemaChange[]): 'major' | 'minor' | 'patch' {
  if (changes.some((change) => change.kind === 'Breaking')) return 'major';
  if (changes.some((change) => change.kind !== 'Changed')) return 'minor';
  return 'patch';
}

/** Whether the element a coordinate names was deprecated in `schema`. */
function wasDeprecated(schema: GraphQLSchema, coordinate: string): boolean {
  const [, typeName = '', member = '', argument] = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate) ?? [];
  const type = schema.getType(typeName);
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const field = type.getFields()[member];
  if (!field) return false;
  if (argument === undefined) return Boolean(field.deprecationReason);
  return 'args' in field && Boolean(field.args.find((arg) => arg.name === argument)?.deprecationReason);
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
  /** The changes since that release. */
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

/** What a version's section must say of the changes from the release before it, and must not say. */
function announcementProblems(version: string, section: ChangelogSection, changes: SchemaChange[]): string[] {
  const problems: string[] = [];
  const unnamed = changes.filter((change) => !section.named[change.kind].has(change.coordinate));
  if (unnamed.length) {
    problems.push(`CHANGELOG.md's "## ${version}" does not name these changes:\n\n${changelogLines(unnamed)}`);
  }
  const stale = Object.entries(section.named).flatMap(([kind, coordinates]) =>
    [...coordinates]
      .filter((coordinate) => !changes.some((change) => change.kind === kind && change.coordinate === coordinate))
      .map((coordinate) => `${kind}: \`${coordinate}\``),
  );
  if (stale.length) {
    problems.push(
      `CHANGELOG.md's "## ${version}" names what is no such change in the schema: ${stale.join(', ')}`,
    );
  }
  return problems;
}

function bumpProblem(version: string, previous: string, changes: SchemaChange[]): string | undefined {
  const bump = requiredBump(changes);
  const least = semver.inc(previous, bump) ?? previous;
  // A pre-release of the version the changes need (2.0.0-rc.1) may carry them ahead of it.
  const { major, minor, patch } = semver.parse(version) ?? { major: 0, minor: 0, patch: 0 };
  if (!semver.lt(`${major}.${minor}.${patch}`, least)) return undefined;
  const what = bump === 'major' ? 'breaking' : bump === 'minor' ? 'new or deprecated elements' : 'compatible';
  return (
    `schema/api.graphql changed since release ${previous} (${changes.length} change${changes.length === 1 ? '' : 's'}, ` +
    `${what}): package.json's version must be ${least} or later, not ${version}`
  );
}

/**
 * Whether the current API schema may be released as `version`, and whether each release kept
 * so far was: breaking changes only with a new major version, additions and deprecations with a
 * new minor one at least, an element removed only once a release had deprecated it, and each
 * change named in CHANGELOG.md under its version, in the part its kind belongs to, and nothing
 * named there that did not change.
 */
export async function checkRelease(input: ReleaseInput): Promise<ReleaseReport> {
  const problems: string[] = [];
  const names = Object.keys(input.releases);
  for (const name of names.filter((name) => !semver.valid(name))) {
    problems.push(`schema/releases/${name}.graphql is not named by a semantic version`);
  }
  const released = semver.sort(names.filter((name) => semver.valid(name)));
  const latest = released.at(-1);
  const version = semver.valid(input.version);
  if (!version) problems.push(`package.json's version "${input.version}" is not a semantic version`);
  if (!latest) problems.push('schema/releases/ holds no release');

  const sections = parseChangelog(input.changelog);
  for (const section of sections.filter((section) => !semver.valid(section.version))) {
    problems.push(`CHANGELOG.md's "## ${section.version}" is not a semantic version`);
  }
  const sectionOf = (wanted: string) =>
    sections.find((section) => semver.valid(section.version) && semver.eq(section.version, wanted));
  for (const release of new Set([...released, ...(version ? [version] : [])])) {
    if (!sectionOf(release)) problems.push(`CHANGELOG.md has no "## ${release}" section`);
  }
  if (!version || !latest) return { latest, changes: [], problems };

  for (const [index, release] of released.entries()) {
    const previous = released[index - 1];
    const section = sectionOf(release);
    if (previous === undefined || !section) continue;
    const changes = await schemaChanges(input.releases[previous] ?? '', input.releases[release] ?? '');
    problems.push(...announcementProblems(release, section, changes));
  }

  const changes = await schemaChanges(input.releases[latest] ?? '', input.current);
  if (semver.lt(version, latest)) {
    problems.push(`package.json's version ${version} is older than the latest release ${latest}`);
    return { latest, changes, problems };
  }
  if (!changes.length) return { latest, changes, problems };

  const bump = bumpProblem(version, latest, changes);
  if (bump && semver.eq(version, latest)) {
    const next = semver.inc(latest, requiredBump(changes)) ?? latest;
    problems.push(`${bump}; then name them in CHANGELOG.md under "## ${next}":\n\n${changelogLines(changes)}`);
  } else if (bump) problems.push(bump);
  const previousSchema = buildSchema(input.releases[latest] ?? '');
  const undeprecated = changes.filter(
    (change) => REMOVALS.has(change.type) && !wasDeprecated(previousSchema, change.coordinate),
  );
  if (undeprecated.length) {
    problems.push(
      `removed without a release that deprecated them first (deprecate, release, then remove): ` +
        undeprecated.map((change) => `\`${change.coordinate}\``).join(', '),
    );
  }
  const section = sectionOf(version);
  if (section && semver.gt(version, latest)) problems.push(...announcementProblems(version, section, changes));
  return { latest, changes, problems };
}
