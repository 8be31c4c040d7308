import { type DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from './config/app-config.ts';
import { type Clock, ClockModule } from './clock/clock.ts';
import { AppealsModule } from './appeals/appeals.module.ts';
import { AssignmentsModule } from './assignments/assignments.module.ts';
import { AuditEventsModule } from './audit-events/audit-events.module.ts';
import { AssessmentsModule } from './assessments/assessments.module.ts';
import { AttachmentsModule } from './attachments/attachments.module.ts';
import { AuthModule } from './auth/auth.module.ts';
import { BonusesModule } from './bonuses/bonuses.module.ts';
import { CalendarModule } from './calendar/calendar.module.ts';
import { ChannelsModule } from './channels/channels.module.ts';
import { ChaseLettersModule } from './chase-letters/chase-letters.module.ts';
import { CircularsModule } from './circulars/circulars.module.ts';
import { ComplianceModule } from './compliance/compliance.module.ts';
import { RegistryEventsModule } from './common/registry-events.ts';
import { ContentRangeInterceptor } from './common/content-range.interceptor.ts';
import { InFlightLimitInterceptor } from './common/in-flight-limit.ts';
import { HttpExceptionFilter } from './common/http-exception.filter.ts';
import { ContactsModule } from './contacts/contacts.module.ts';
import { DashboardModule } from './dashboard/dashboard.module.ts';
import { DatabaseModule } from './database/database.module.ts';
import { ExemptionsModule } from './exemptions/exemptions.module.ts';
import { ExplanationsModule } from './explanations/explanations.module.ts';
import { HealthModule } from './health/health.module.ts';
import { ListExportsModule } from './list-exports/list-exports.module.ts';
import { MailModule } from './mail/mail.module.ts';
import { NoticesModule } from './notices/notices.module.ts';
import { ObligationsModule } from './obligations/obligations.module.ts';
import { RecordsModule } from './records/records.module.ts';
import { ReportsModule } from './reports/reports.module.ts';
import { RoundsModule } from './rounds/rounds.module.ts';
import { ReviewsModule } from './reviews/reviews.module.ts';
import { SeedModule } from './seed/seed.module.ts';
import { SettingsModule } from './settings/settings.module.ts';
import { SubmissionsModule } from './submissions/submissions.module.ts';
import { StreamsModule } from './streams/streams.module.ts';
import { UnitsModule } from './units/units.module.ts';
import { UsersModule } from './users/users.module.ts';
import { UnitOverviewModule } from './unit-overview/unit-overview.module.ts';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        ...(config.schedulerEnabled ? [ScheduleModule.forRoot()] : []),
        ClockModule.forRoot(clock),
        DatabaseModule,
        RegistryEventsModule,
        SettingsModule,
        ListExportsModule,
        AuditEventsModule,
        AuthModule,
        UsersModule,
        UnitsModule,
        UnitOverviewModule,
        ContactsModule,
        StreamsModule,
        AssignmentsModule,
        CalendarModule,
        CircularsModule,
        ChaseLettersModule,
        AssessmentsModule,
        BonusesModule,
        AppealsModule,
        ReportsModule,
        ObligationsModule,
        AttachmentsModule,
        RecordsModule,
        SubmissionsModule,
        ReviewsModule,
        ExplanationsModule,
        ExemptionsModule,
        RoundsModule,
        ComplianceModule,
        MailModule,
        ChannelsModule,
        NoticesModule,
        DashboardModule,
        HealthModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: InFlightLimitInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ContentRangeInterceptor },
      ],
      exports: [APP_CONFIG],
    };
  }
}
