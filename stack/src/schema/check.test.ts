import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSchema } from './check.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const CONTRACT = join(REPOSITORY, '../shared/contract/operations');
/** A folder that does not exist: the contract not beside the copy, as in a clone of its own. */
const NO_CONTRACT = join(tmpdir(), 'no-contract-here');

/** What the check reads, copied from the repository as it is, to be changed the way a careless commit would. */
function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'schema-check-'));
  for (const path of ['schema/api.graphql', 'schema/releases', 'CHANGELOG.md', 'package.json', 'client/operations']) {
    cpSync(join(REPOSITORY, path), join(root, path), { recursive: true });
  }
  return root;
}

function edit(root: string, path: string, change: (text: string) => string) {
  const before = readFileSync(join(root, path), 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(join(root, path), after);
}

/** The SDL without one field of a type, and without the description printed above it. */
function withoutField(sdl: string, type: string, field: string): string {
  const lines = sdl.split('\n');
  const start = lines.indexOf(`type ${type} {`);
  const at = lines.findIndex((line, index) => index > start && line.startsWith(`  ${field}:`));
  let from = at;
  while (from > start + 1 && lines[from - 1]?.trim() !== '' && !/^ {2}\w+[:(]/.test(lines[from - 1] ?? '')) from -= 1;
  return [...lines.slice(0, from), ...lines.slice(at + 1)].join('\n');
}

const failures = (lines: string[]) => lines.filter((line) => line.startsWith('FAILED'));

describe('the schema check', () => {
  const copies: string[] = [];
  const copy = () => {
    const root = copyOfRepository();
    copies.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('passes the repository as it is: every element described, nothing unannounced since the release', async () => {
    const { ok, lines } = await checkSchema(REPOSITORY, CONTRACT);
    expect(failures(lines)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('fails on an element without a description, and names it', async () => {
    const root = copy();
    edit(root, 'schema/api.graphql', (sdl) => sdl.replace(/^type Appointment \{\n/m, '$&  ward: String\n'));
    const { ok, lines } = await checkSchema(root, CONTRACT);
    expect(ok).toBe(false);
    expect(failures(lines).join('\n')).toMatch(/1 element of schema\/api\.graphql without a description[^]*Appointment\.ward/);
  });

  it('fails on a breaking change the version and the changelog do not announce, and passes once they do', async () => {
    const root = copy();
    edit(root, 'schema/api.graphql', (sdl) => withoutField(sdl, 'Appointment', 'cancellationReason'));
    const unannounced = await checkSchema(root, NO_CONTRACT);
    expect(unannounced.ok).toBe(false);
    const said = failures(unannounced.lines).join('\n');
    expect(said).toContain("package.json's version must be 2.0.0 or later, not 1.0.0");
    expect(said).toContain('### Breaking\n- `Appointment.cancellationReason`');
    expect(said).toContain('removed without a release that deprecated them first');

    // The way it may go: a minor release deprecates the field, the next major one removes it.
    const released = readFileSync(join(root, 'schema/releases/1.0.0.graphql'), 'utf8');
    writeFileSync(
      join(root, 'schema/releases/1.1.0.graphql'),
      released.replace(
        /^( {2}cancellationReason: String)$/m,
        '$1 @deprecated(reason: "Read `AppointmentStatusEvent` instead")',
      ),
    );
    edit(root, 'package.json', (text) => text.replace(/"version": "1\.0\.0"/, '"version": "2.0.0"'));
    edit(root, 'CHANGELOG.md', (text) =>
      text.replace(
        '## 1.0.0',
        '## 2.0.0\n\n### Breaking\n\n- `Appointment.cancellationReason`: removed\n\n' +
          '## 1.1.0\n\n### Deprecated\n\n- `Appointment.cancellationReason`: to go in 2.0.0\n\n## 1.0.0',
      ),
    );
    const announced = await checkSchema(root, NO_CONTRACT);
    expect(failures(announced.lines)).toEqual([]);
    expect(announced.ok).toBe(true);
  });

  it('takes the schema itself as the first release only when releasing', async () => {
    const root = copy();
    rmSync(join(root, 'schema/releases'), { recursive: true });
    expect(failures((await checkSchema(root, NO_CONTRACT)).lines)).toEqual(['FAILED: schema/releases/ holds no release']);
    expect((await checkSchema(root, NO_CONTRACT, true)).ok).toBe(true);
  });

  it('fails when client/operations no longer keeps a contract file as written', async () => {
    const root = copy();
    const contract = join(root, 'contract');
    cpSync(join(root, 'client/operations'), contract, { recursive: true, filter: (path) => !path.includes('/web') });
    edit(root, 'client/operations/accounts.graphql', (text) => `${text}\n# edited here\n`);
    const { ok, lines } = await checkSchema(root, contract);
    expect(ok).toBe(false);
    expect(failures(lines).join('\n')).toContain('does not keep these contract files as written:\n  accounts.graphql');
  });

  it('fails when an operation of client/operations no longer validates', async () => {
    const root = copy();
    writeFileSync(join(root, 'client/operations/extra.graphql'), 'query Ward { appointment(id: "1") { ward } }\n');
    const { ok, lines } = await checkSchema(root, NO_CONTRACT);
    expect(ok).toBe(false);
    expect(failures(lines).join('\n')).toContain('Cannot query field "ward" on type "Appointment"');
  });
});
