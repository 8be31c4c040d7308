import { Module } from '@nestjs/common';
import { StreamsModule } from '../streams/streams.module.ts';
import { UnitsModule } from '../units/units.module.ts';
import { AssignmentsController } from './assignments.controller.ts';
import { AssignmentsRepository } from './assignments.repository.ts';
import { AssignmentsService } from './assignments.service.ts';

@Module({
  imports: [UnitsModule, StreamsModule],
  controllers: [AssignmentsController],
  providers: [AssignmentsRepository, AssignmentsService],
  exports: [AssignmentsRepository],
})
export class AssignmentsModule {}
