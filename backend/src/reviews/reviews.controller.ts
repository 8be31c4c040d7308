import { Body, Controller, HttpCode, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { bulkAcceptSchema, type BulkAcceptDto, createReviewSchema, type CreateReviewDto, REVIEW_LIST, REVIEW_EXPORT } from './reviews.dto.ts';
import { ReviewsService } from './reviews.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(REVIEW_LIST)) query: ListQueryOf<typeof REVIEW_LIST>, @CurrentUser() user: AuthUser) {
    return this.reviews.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(REVIEW_LIST)) query: ListQueryOf<typeof REVIEW_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, REVIEW_EXPORT, (q) => this.reviews.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.reviews.get(id, user);
  }

  @Post()
  @Roles('ADMIN')
  decide(@Body(new ZodPipe(createReviewSchema)) dto: CreateReviewDto, @CurrentUser() user: AuthUser) {
    return this.reviews.decide(dto, user);
  }

  /** Accepts every selected filing in one transaction (all or nothing; a refused item is named in `errors`). */
  @Post('bulk')
  @HttpCode(200)
  @Roles('ADMIN')
  acceptMany(@Body(new ZodPipe(bulkAcceptSchema)) dto: BulkAcceptDto, @CurrentUser() user: AuthUser) {
    return this.reviews.acceptMany(dto, user);
  }
}
