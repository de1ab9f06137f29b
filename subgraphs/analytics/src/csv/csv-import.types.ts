import { Field, Int, ObjectType } from 'type-graphql';
import type { CsvKind } from '../import/importer.js';
import { CsvKindValues } from './csv-import.enums.js';

@ObjectType({ description: 'One file imported whole' })
export class CsvImport {
  @Field({ description: 'The path or gs:// URL of the file' })
  source!: string;

  @Field(() => CsvKindValues, { description: 'What the file holds' })
  kind!: CsvKind;

  @Field(() => Int, { description: 'Data rows in the file' })
  rows!: number;

  @Field(() => Int, { description: 'Rows new to analytics' })
  added!: number;

  @Field(() => Int, { description: 'Rows imported before, with the same values (their ids are known)' })
  alreadyPresent!: number;
}
