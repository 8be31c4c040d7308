import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createReviewSchema, type CreateReviewDto, REVIEW_LIST } from './reviews.dto.ts';
import { ReviewsService } from './reviews.service.ts';

@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  list(@Query(new ListQueryPipe(REVIEW_LIST)) query: ListQueryOf<typeof REVIEW_LIST>, @CurrentUser() user: AuthUser) {
    return this.reviews.list(query, user);
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
}
