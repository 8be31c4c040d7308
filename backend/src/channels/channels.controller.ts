import {
  type ChannelSettingsInput,
  channelSettingsInputSchema,
  type ChannelTestInput,
  channelTestInputSchema,
  type RobotInput,
  robotInputSchema,
} from '@credit/contract/api';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { ChannelsService } from './channels.service.ts';

const robotListSchema = z.array(robotInputSchema).max(10, '每个单位最多 10 个群机器人');

/** The channels beside mail (/api/settings/channels), for the office; the defaults for everyone. */
@Controller('settings/channels')
export class ChannelSettingsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @Roles('ADMIN')
  get() {
    return this.channels.getSettings();
  }

  @Put()
  @Roles('ADMIN')
  update(@Body(new ZodPipe(channelSettingsInputSchema)) dto: ChannelSettingsInput, @CurrentUser() user: AuthUser) {
    return this.channels.updateSettings(dto, user);
  }

  /** What a contact's choice falls back to (any signed-in user). */
  @Get('defaults')
  defaults() {
    return this.channels.defaults();
  }

  @Post('test')
  @Roles('ADMIN')
  @HttpCode(200)
  test(@Body(new ZodPipe(channelTestInputSchema)) dto: ChannelTestInput, @CurrentUser() user: AuthUser) {
    return this.channels.sendTest(dto, user);
  }
}

/** A unit's group robots: the office, or the unit's own user. */
@Controller('units/:id/robots')
@Roles('ADMIN', 'UNIT')
export class UnitRobotsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  list(@IdParam() unitId: number, @CurrentUser() user: AuthUser) {
    return this.channels.robots(unitId, user);
  }

  @Put()
  update(@IdParam() unitId: number, @Body(new ZodPipe(robotListSchema)) dto: RobotInput[], @CurrentUser() user: AuthUser) {
    return this.channels.updateRobots(unitId, dto, user);
  }
}
