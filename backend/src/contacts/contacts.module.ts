import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.ts';
import { ContactsController } from './contacts.controller.ts';
import { ContactsRepository } from './contacts.repository.ts';
import { ContactsService } from './contacts.service.ts';

@Module({
  imports: [UnitsModule],
  controllers: [ContactsController],
  providers: [ContactsRepository, ContactsService],
  exports: [ContactsRepository],
})
export class ContactsModule {}
