import { describe, expect, it } from 'vitest';
import { parseChangelog } from './changelog.js';
import { changelogLines, checkRelease, coordinateOf, requiredBump, schemaChanges } from './release.js';

const RELEASED = `
"""A visit"""
type Visit {
  """Its id"""
  id: ID!
  """When it starts"""
  startsAt: String!
  """Its doctor"""
  doctorId: ID
}
"""Reads"""
type Query {
  """One visit"""
  visit("""Its id""" id: ID!): Visit
}
`;

/** RELEASED with `doctorId` deprecated, as a minor release would have it before a major one removes it. */
const DEPRECATING = RELEASED.replace('doctorId: ID', 'doctorId: ID @deprecated(reason: "Use `Visit.doctor`")');
const WITHOUT_DOCTOR_ID = RELEASED.replace('  """Its doctor"""\n  doctorId: ID\n', '');

const changelog = (...sections: string[]) => `# Changelog\n\n${sections.join('\n\n')}\n`;
const FIRST = '## 1.0.0 — 2026-12-05\n\nThe first release.';
const SECOND = '## 1.1.0\n\n### Deprecated\n\n- `Visit.doctorId`: read `Visit.doctor`';

describe('schema changes', () => {
  it('sorts what breaks, what may, and what only adds, and ignores better words', async () => {
    const next = RELEASED.replace('  """When it starts"""\n  startsAt: String!\n', '')
      .replace('doctorId: ID', 'doctorId: ID!\n  """Its room"""\n  room: String')
      .replace('"""Its id"""', '"""The visit\'s id"""')
      .replace('"""A visit"""', '"""A visit to one doctor"""');
    const changes = await schemaChanges(RELEASED, next);
    expect(changes.map(({ kind, coordinate }) => [kind, coordinate])).toEqual(
      expect.arrayContaining([
        ['Breaking', 'Visit.startsAt'],
        ['Added', 'Visit.room'],
      ]),
    );
    expect(changes.filter((change) => ['Visit', 'Visit.id'].includes(change.coordinate))).toEqual([]);
    expect(requiredBump(changes)).toBe('major');
  });

  it('asks a new minor version for an addition or a deprecation, a patch for the rest', async () => {
    const deprecated = await schemaChanges(RELEASED, DEPRECATING);
    expect(deprecated.map(({ kind, coordinate }) => [kind, coordinate])).toEqual([['Deprecated', 'Visit.doctorId']]);
    expect(requiredBump(deprecated)).toBe('minor');
    const undeprecated = await schemaChanges(DEPRECATING, RELEASED);
    expect(undeprecated.map(({ kind }) => kind)).toEqual(['Changed']);
    expect(requiredBump(undeprecated)).toBe('patch');
    const reworded = await schemaChanges(DEPRECATING, DEPRECATING.replace('Use `Visit.doctor`', 'Read `Visit.doctor`'));
    expect(reworded).toEqual([]);
  });

  it('tells an argument made optional from one made required, and names arguments as schema coordinates', async () => {
    const dangerous = await schemaChanges(RELEASED, RELEASED.replace('"""Its id""" id: ID!', '"""Its id""" id: ID'));
    expect(dangerous.map(({ kind, coordinate }) => [kind, coordinate])).toEqual([['Changed', 'Query.visit(id:)']]);
    const added = await schemaChanges(RELEASED, RELEASED.replace('id: ID!):', 'id: ID!, """At""" at: String = "now"):'));
    expect(added.map(({ kind, coordinate }) => [kind, coordinate])).toEqual([['Dangerous', 'Query.visit(at:)']]);
    expect(coordinateOf('Query.visit.id')).toBe('Query.visit(id:)');
    expect(coordinateOf('Visit.doctorId.@deprecated')).toBe('Visit.doctorId');
    expect(coordinateOf('Status.DONE')).toBe('Status.DONE');
  });
});

describe('a release', () => {
  const releases = { '1.0.0': RELEASED };

  it('passes unchanged, with its section', async () => {
    const report = await checkRelease({ version: '1.0.0', releases, current: RELEASED, changelog: changelog(FIRST) });
    expect(report).toEqual({ latest: '1.0.0', changes: [], problems: [] });
  });

  it('removes only under a new major version, named as breaking, once a release deprecated it', async () => {
    const afterDeprecation = { ...releases, '1.1.0': DEPRECATING };
    const sameMajor = await checkRelease({
      version: '1.2.0',
      releases: afterDeprecation,
      current: WITHOUT_DOCTOR_ID,
      changelog: changelog('## 1.2.0\n\n### Removed\n\n- `Visit.doctorId`', SECOND, FIRST),
    });
    expect(sameMajor.problems).toEqual([
      expect.stringContaining("package.json's version must be 2.0.0 or later, not 1.2.0"),
      expect.stringContaining('### Breaking\n- `Visit.doctorId`'),
    ]);

    const announced = await checkRelease({
      version: '2.0.0',
      releases: afterDeprecation,
      current: WITHOUT_DOCTOR_ID,
      changelog: changelog('## 2.0.0\n\n### Breaking\n\n- `Visit.doctorId`: gone; read `Visit.doctor`', SECOND, FIRST),
    });
    expect(announced.problems).toEqual([]);
    expect(announced.changes).toEqual([expect.objectContaining({ kind: 'Breaking', coordinate: 'Visit.doctorId' })]);
  });

  it('refuses a removal no release deprecated first, even under a new major version', async () => {
    const report = await checkRelease({
      version: '2.0.0',
      releases,
      current: WITHOUT_DOCTOR_ID,
      changelog: changelog('## 2.0.0\n\n### Breaking\n\n- `Visit.doctorId`', FIRST),
    });
    expect(report.problems).toEqual([
      'removed without a release that deprecated them first (deprecate, release, then remove): `Visit.doctorId`',
    ]);
  });

  it('holds each kept release to its own section, and refuses what a section names that did not change', async () => {
    const report = await checkRelease({
      version: '1.1.0',
      releases: { ...releases, '1.1.0': DEPRECATING },
      current: DEPRECATING,
      changelog: changelog('## 1.1.0\n\n### Added\n\n- `Visit.room`', FIRST),
    });
    expect(report.problems).toEqual([
      expect.stringContaining('"## 1.1.0" does not name these changes:\n\n### Deprecated\n- `Visit.doctorId`'),
      'CHANGELOG.md\'s "## 1.1.0" names what is no such change in the schema: Added: `Visit.room`',
    ]);
  });

  it('refuses a change to the released version itself, and a version older than the release', async () => {
    const current = RELEASED.replace('doctorId: ID', 'doctorId: ID\n  """Its room"""\n  room: String');
    const unchangedVersion = await checkRelease({ version: '1.0.0', releases, current, changelog: changelog(FIRST) });
    expect(unchangedVersion.problems).toEqual([
      expect.stringMatching(
        /version must be 1\.1\.0 or later, not 1\.0\.0; then name them in CHANGELOG\.md under "## 1\.1\.0":\n\n### Added\n- `Visit\.room`/,
      ),
    ]);
    const older = await checkRelease({ version: '0.9.0', releases, current: RELEASED, changelog: changelog(FIRST) });
    expect(older.problems).toEqual([
      'CHANGELOG.md has no "## 0.9.0" section',
      "package.json's version 0.9.0 is older than the latest release 1.0.0",
    ]);
  });

  it('asks for a section per release and a semantic version everywhere, without failing on a bad one', async () => {
    const report = await checkRelease({
      version: 'next',
      releases: { ...releases, latest: RELEASED },
      current: RELEASED,
      changelog: changelog('## 01.2.3', '## 1.2.3-01', FIRST),
    });
    expect(report.problems).toEqual([
      'schema/releases/latest.graphql is not named by a semantic version',
      `package.json's version "next" is not a semantic version`,
      'CHANGELOG.md\'s "## 01.2.3" is not a semantic version',
      'CHANGELOG.md\'s "## 1.2.3-01" is not a semantic version',
    ]);
    const noSection = await checkRelease({ version: '1.0.0', releases, current: RELEASED, changelog: '# Changelog' });
    expect(noSection.problems).toEqual(['CHANGELOG.md has no "## 1.0.0" section']);
  });

  it('takes a pre-release as a version before its release', async () => {
    const report = await checkRelease({
      version: '2.0.0-rc.1',
      releases: { ...releases, '1.1.0': DEPRECATING },
      current: WITHOUT_DOCTOR_ID,
      changelog: changelog('## 2.0.0-rc.1\n\n### Breaking\n\n- `Visit.doctorId`', SECOND, FIRST),
    });
    expect(report.problems).toEqual([]);
  });
});

describe('the changelog', () => {
  it('reads the coordinate each entry of a change part is about, and nothing else', () => {
    const [next, first] = parseChangelog(
      changelog(
        '## 1.1.0 — unreleased\n\nWhy: `Visit.note` in prose is not listed.\n\n### Added\n\n- `Visit.room`, beside `Visit.floor`\n* `Visit.wing`: for\n  `Visit.other` wrapped\n\n### Notes\n\n- `Visit.elsewhere`',
        FIRST,
      ),
    );
    expect(next?.version).toBe('1.1.0');
    expect([...(next?.named.Added ?? [])]).toEqual(['Visit.room', 'Visit.wing']);
    expect(Object.values(next?.named ?? {}).flatMap((set) => [...set])).toEqual(['Visit.room', 'Visit.wing']);
    expect(first?.version).toBe('1.0.0');
  });

  it('prints the lines a section needs, by kind', () => {
    expect(
      changelogLines([
        { kind: 'Added', coordinate: 'Visit.room', message: "Field 'room' was added", type: 'FIELD_ADDED' },
        { kind: 'Breaking', coordinate: 'Visit.id', message: "Field 'id' was removed", type: 'FIELD_REMOVED' },
      ]),
    ).toBe("### Added\n- `Visit.room`: Field 'room' was added\n\n### Breaking\n- `Visit.id`: Field 'id' was removed");
  });
});
