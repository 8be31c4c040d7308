import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module.ts';
import { ChaseLettersController } from './chase-letters.controller.ts';
import { ChaseLettersRepository } from './chase-letters.repository.ts';
import { ChaseLettersService } from './chase-letters.service.ts';

@Module({
  imports: [DocumentsModule],
  controllers: [ChaseLettersController],
  providers: [ChaseLettersRepository, ChaseLettersService],
})
export class ChaseLettersModule {}
