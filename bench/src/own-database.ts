import { tmpdir } from 'node:os';
import { createDataSource, migrate, type SubgraphTables } from '@hospital/kit';
import { createConnection } from 'mysql2/promise';

export type BenchDataSource = ReturnType<typeof createDataSource>;

/**
 * A MariaDB database of a figure's own, made by a subgraph's migrations, for
 * `work`; dropped afterwards whatever happened.
 */
export async function withOwnDatabase<T>(
  mysqlUrl: string,
  database: string,
  subgraph: { name: string; tables: SubgraphTables },
  work: (dataSource: BenchDataSource) => Promise<T>,
): Promise<T> {
  const server = await createConnection({ uri: mysqlUrl });
  try {
    await server.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await server.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const url = new URL(mysqlUrl);
    url.pathname = `/${database}`;
    const dataSource = createDataSource({
      name: subgraph.name,
      url: url.toString(),
      dataDir: tmpdir(),
      ...subgraph.tables,
    });
    await dataSource.initialize();
    try {
      await migrate(dataSource);
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await server.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await server.end();
  }
}
