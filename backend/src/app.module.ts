import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from './config/app-config.ts';
import { AssignmentsModule } from './assignments/assignments.module.ts';
import { AuditEventsModule } from './audit-events/audit-events.module.ts';
import { AuthModule } from './auth/auth.module.ts';
import { CalendarModule } from './calendar/calendar.module.ts';
import { ContentRangeInterceptor } from './common/content-range.interceptor.ts';
import { HttpExceptionFilter } from './common/http-exception.filter.ts';
import { ContactsModule } from './contacts/contacts.module.ts';
import { DatabaseModule } from './database/database.module.ts';
import { HealthModule } from './health/health.module.ts';
import { SeedModule } from './seed/seed.module.ts';
import { SettingsModule } from './settings/settings.module.ts';
import { StreamsModule } from './streams/streams.module.ts';
import { UnitsModule } from './units/units.module.ts';
import { UsersModule } from './users/users.module.ts';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule,
        SettingsModule,
        AuditEventsModule,
        AuthModule,
        UsersModule,
        UnitsModule,
        ContactsModule,
        StreamsModule,
        AssignmentsModule,
        CalendarModule,
        HealthModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: ContentRangeInterceptor },
      ],
      exports: [APP_CONFIG],
    };
  }
}
