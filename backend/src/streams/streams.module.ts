import { Module } from '@nestjs/common';
import { StreamsController } from './streams.controller.ts';
import { StreamsRepository } from './streams.repository.ts';
import { StreamsService } from './streams.service.ts';

@Module({ controllers: [StreamsController], providers: [StreamsRepository, StreamsService], exports: [StreamsRepository] })
export class StreamsModule {}
