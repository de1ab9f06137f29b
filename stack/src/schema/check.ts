import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { descriptionCoverage } from './descriptions.js';
import { checkRelease } from './release.js';

/**
 * What a partner relies on in the API schema, checked by `pnpm check` (and so by CI):
 * every element described; no change since the latest release in schema/releases/ that
 * package.json's version and CHANGELOG.md do not announce (breaking ones only with a new
 * major version); every operation of client/operations/ and of the client contract still valid.
 * `--release` then keeps the current schema as the release of package.json's version.
 */
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

export interface SchemaCheck {
  ok: boolean;
  lines: string[];
}

const graphqlFilesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.graphql'))
        .sort()
        .map((name) => join(dir, name))
    : [];

/** The files of one folder are one document (the web's operations share fragments across files). */
function invalidOperations(schema: GraphQLSchema, files: string[], where: string): string[] {
  if (!files.length) return [];
  try {
    const document = parse(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
    return validate(schema, document).map((error) => `${where}: ${error.message}`);
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
}

/** `releasing`: the check before `--release`, for which the very first release is the schema itself. */
export async function checkSchema(root: string, contractDir: string, releasing = false): Promise<SchemaCheck> {
  const lines: string[] = [];
  const failures: string[] = [];
  const current = readFileSync(join(root, 'schema/api.graphql'), 'utf8');
  const schema = buildSchema(current);

  const { kinds, undescribed, deprecatedWithoutReplacement } = descriptionCoverage(schema);
  lines.push(
    `descriptions: ${Object.entries(kinds)
      .map(([kind, { described, all }]) => `${kind} ${described}/${all}`)
      .join(', ')}`,
  );
  if (undescribed.length) {
    failures.push(
      `${undescribed.length} element${undescribed.length === 1 ? '' : 's'} of schema/api.graphql ` +
        `without a description (write it where the subgraph defines the element):\n  ${undescribed.join('\n  ')}`,
    );
  }

  if (deprecatedWithoutReplacement.length) {
    failures.push(
      `deprecated without naming the replacement in backticks (@deprecated(reason: "Use \`Type.field\`")):\n  ` +
        deprecatedWithoutReplacement.join('\n  '),
    );
  }

  const releasesDir = join(root, 'schema/releases');
  const releases: Record<string, string> = Object.fromEntries(
    graphqlFilesUnder(releasesDir).map((file) => [
      relative(releasesDir, file).replace(/\.graphql$/, ''),
      readFileSync(file, 'utf8'),
    ]),
  );
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  if (releasing && version && !Object.keys(releases).length) releases[version] = current;
  const changelogPath = join(root, 'CHANGELOG.md');
  const report = await checkRelease({
    version: version ?? '',
    releases,
    current,
    changelog: existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '',
  });
  lines.push(
    `release: version ${version ?? '(none)'}, latest release ${report.latest ?? '(none)'}, ` +
      `${report.changes.length} change${report.changes.length === 1 ? '' : 's'} since`,
  );
  for (const change of report.changes.filter((change) => change.kind === 'Breaking' || change.kind === 'Dangerous')) {
    lines.push(`  ${change.kind.toLowerCase()}: ${change.coordinate}: ${change.message}`);
  }
  failures.push(...report.problems);

  const clientDir = join(root, 'client/operations');
  const clientFiles = graphqlFilesUnder(clientDir);
  const invalid = invalidOperations(schema, clientFiles, 'client/operations');
  lines.push(`operations: client/operations (${clientFiles.length} files) validated`);
  const contract = graphqlFilesUnder(contractDir);
  if (contract.length) {
    invalid.push(...invalidOperations(schema, contract, relative(root, contractDir)));
    // client/operations keeps the contract's files as written, so a clone without the contract beside it checks them too.
    const drifted = contract.filter((file) => {
      const copy = join(clientDir, relative(contractDir, file));
      return !existsSync(copy) || readFileSync(copy, 'utf8') !== readFileSync(file, 'utf8');
    });
    lines.push(`contract: ${relative(root, contractDir)} (${contract.length} files) validated`);
    if (drifted.length) {
      failures.push(
        `client/operations/ does not keep these contract files as written:\n  ${drifted.map((file) => relative(contractDir, file)).join('\n  ')}`,
      );
    }
  } else {
    lines.push(`contract: ${relative(root, contractDir)} is not beside this checkout; its copies in client/operations were validated`);
  }
  if (invalid.length) failures.push(`operations that no longer validate:\n  ${invalid.join('\n  ')}`);

  return { ok: failures.length === 0, lines: [...lines, ...failures.map((failure) => `FAILED: ${failure}`)] };
}

/** Keeps the current API schema as the release of package.json's version, once the check passes. */
function release(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const target = join(root, 'schema/releases', `${version}.graphql`);
  if (existsSync(target)) return `schema/releases/${version}.graphql already holds release ${version}`;
  const api = readFileSync(join(root, 'schema/api.graphql'), 'utf8').replace(/^# Generated by .*\n/, '');
  writeFileSync(target, `# Release ${version} of the API schema, as partners received it; do not edit.\n${api}`);
  return `wrote schema/releases/${version}.graphql`;
}

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(argument('--root') ?? REPOSITORY);
  // The client contract the hospital's frontends were promised, where it sits beside the checkout.
  const contract = resolve(argument('--contract') ?? join(root, '../shared/contract/operations'));
  const { ok, lines } = await checkSchema(root, contract, process.argv.includes('--release'));
  console.log(lines.join('\n'));
  if (!ok) process.exit(1);
  if (process.argv.includes('--release')) console.log(release(root));
}
