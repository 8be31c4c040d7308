import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.ts';
import { CircularsController } from './circulars.controller.ts';
import { CircularsRepository } from './circulars.repository.ts';
import { CircularsService } from './circulars.service.ts';

@Module({ imports: [ComplianceModule], controllers: [CircularsController], providers: [CircularsRepository, CircularsService] })
export class CircularsModule {}
