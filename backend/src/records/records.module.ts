import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module.ts';
import { StreamsModule } from '../streams/streams.module.ts';
import { RecordFilingService } from './record-filing.service.ts';
import { RecordImportsService } from './record-imports.service.ts';
import { RecordsController } from './records.controller.ts';
import { RecordsRepository } from './records.repository.ts';
import { RecordsService } from './records.service.ts';

@Module({
  imports: [ObligationsModule, StreamsModule],
  controllers: [RecordsController],
  providers: [RecordsRepository, RecordsService, RecordImportsService, RecordFilingService],
  exports: [RecordFilingService],
})
export class RecordsModule {}
