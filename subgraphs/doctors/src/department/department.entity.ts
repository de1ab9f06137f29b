import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('departments')
@ObjectType({ description: 'A clinical department of the hospital, such as obstetrics or neonatology' })
@Directive('@key(fields: "id")')
export class Department {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The department's id, as `department(id)` and the filters name it" })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'Unique across the hospital' })
  name!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
