import { describe, expect, it } from 'vitest';
import { parseChangelog } from './changelog.js';
import { changelogLines, checkRelease, requiredBump, schemaChanges } from './release.js';

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
  visit(id: ID!): Visit
}
`;

const changelog = (...sections: string[]) => `# Changelog\n\n${sections.join('\n\n')}\n`;
const FIRST = '## 1.0.0 — 2026-12-05\n\nThe first release.';

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
    const deprecated = RELEASED.replace('doctorId: ID', 'doctorId: ID @deprecated(reason: "Use `doctor`")');
    const changes = await schemaChanges(RELEASED, deprecated);
    expect(changes.map((change) => change.kind)).toEqual(['Deprecated']);
    expect(requiredBump(changes)).toBe('minor');
    expect(requiredBump([])).toBe('patch');
  });
});

describe('a release', () => {
  const releases = { '1.0.0': RELEASED };

  it('passes unchanged, with its section', async () => {
    const report = await checkRelease({ version: '1.0.0', releases, current: RELEASED, changelog: changelog(FIRST) });
    expect(report).toEqual({ latest: '1.0.0', changes: [], problems: [] });
  });

  it('refuses a breaking change under the same major version, and one the changelog does not name', async () => {
    const current = RELEASED.replace('  """Its doctor"""\n  doctorId: ID\n', '');
    const sameMajor = await checkRelease({
      version: '1.1.0',
      releases,
      current,
      changelog: changelog('## 1.1.0\n\n### Removed\n\n- `Visit.doctorId`', FIRST),
    });
    expect(sameMajor.problems).toEqual([
      expect.stringContaining("package.json's version must be 2.0.0 or later, not 1.1.0"),
      expect.stringContaining('### Breaking\n- `Visit.doctorId`'),
    ]);

    const announced = await checkRelease({
      version: '2.0.0',
      releases,
      current,
      changelog: changelog('## 2.0.0\n\n### Breaking\n\n- `Visit.doctorId`: gone; read `Visit.doctor`', FIRST),
    });
    expect(announced.problems).toEqual([]);
    expect(announced.changes).toEqual([expect.objectContaining({ kind: 'Breaking', coordinate: 'Visit.doctorId' })]);
  });

  it('refuses a change to the released version itself, and a version older than the release', async () => {
    const current = RELEASED.replace('doctorId: ID', 'doctorId: ID\n  """Its room"""\n  room: String');
    const unchangedVersion = await checkRelease({ version: '1.0.0', releases, current, changelog: changelog(FIRST) });
    expect(unchangedVersion.problems).toEqual([
      expect.stringContaining("package.json's version must be 1.1.0 or later, not 1.0.0"),
      expect.stringContaining('### Added\n- `Visit.room`'),
    ]);
    const older = await checkRelease({ version: '0.9.0', releases, current: RELEASED, changelog: changelog(FIRST) });
    expect(older.problems).toEqual([
      'CHANGELOG.md has no "## 0.9.0" section',
      "package.json's version 0.9.0 is older than the latest release 1.0.0",
    ]);
  });

  it('asks for a section per release and a semantic version everywhere', async () => {
    const report = await checkRelease({
      version: 'next',
      releases: { ...releases, latest: RELEASED },
      current: RELEASED,
      changelog: '',
    });
    expect(report.problems).toEqual([
      'schema/releases/latest.graphql is not named by a semantic version',
      `package.json's version "next" is not a semantic version`,
    ]);
    const noSection = await checkRelease({ version: '1.0.0', releases, current: RELEASED, changelog: '# Changelog' });
    expect(noSection.problems).toEqual(['CHANGELOG.md has no "## 1.0.0" section']);
  });
});

describe('the changelog', () => {
  it('reads the coordinates each part names, and only those of change parts', () => {
    const [next, first] = parseChangelog(
      changelog(
        '## 1.1.0 — unreleased\n\nWhy: `Visit.note` in prose is not listed.\n\n### Added\n\n- `Visit.room` and `Visit.floor`\n\n### Notes\n\n- `Visit.other`',
        FIRST,
      ),
    );
    expect(next?.version).toBe('1.1.0');
    expect([...(next?.named.Added ?? [])]).toEqual(['Visit.room', 'Visit.floor']);
    expect(Object.values(next?.named ?? {}).flatMap((set) => [...set])).not.toContain('Visit.other');
    expect(first?.version).toBe('1.0.0');
  });

  it('prints the lines a section needs, by kind', () => {
    expect(
      changelogLines([
        { kind: 'Added', coordinate: 'Visit.room', message: "Field 'room' was added" },
        { kind: 'Breaking', coordinate: 'Visit.id', message: "Field 'id' was removed" },
      ]),
    ).toBe("### Added\n- `Visit.room`: Field 'room' was added\n\n### Breaking\n- `Visit.id`: Field 'id' was removed");
  });
});
