import { LocalDateScalar } from '@hospital/kit';
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { AppointmentsContext } from '../context.js';
import { SLOT_MINUTES } from '../appointment/booking.rules.js';
import { ScheduleGrouping } from './board.enums.js';
import { MAX_BOARD_DAYS } from './board.rules.js';
import type { ScheduleBoardArgs } from './board.service.js';
import { ScheduleBoard } from './board.types.js';

@ArgsType()
class BoardArgs implements ScheduleBoardArgs {
  @Field(() => LocalDateScalar, { description: 'The first clinic day, included' })
  from!: string;

  @Field(() => LocalDateScalar, { description: `Included; at most ${MAX_BOARD_DAYS} days in all` })
  to!: string;

  @Field(() => ScheduleGrouping, { description: 'Into clinic days, ISO weeks or calendar months' })
  groupBy!: ScheduleGrouping;

  @Field(() => ID, { nullable: true, description: "The department's doctors only" })
  departmentId?: string | null;
}

@Resolver()
export class ScheduleBoardResolver {
  @Query(() => ScheduleBoard, {
    description: `Capacity, booked, pending and free ${SLOT_MINUTES}-minute slots per period and doctor. STAFF and ADMIN every doctor's row, a doctor their own`,
  })
  scheduleBoard(@Args(() => BoardArgs) args: BoardArgs, @Ctx() context: AppointmentsContext): Promise<ScheduleBoard> {
    return context.board.board(context, args, context.directory);
  }
}
