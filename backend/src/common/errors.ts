// The error shapes of DESIGN.md §3, built in one place so every feature answers alike.
import { ConflictException, ForbiddenException, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';

export type FieldErrors = Record<string, string>;

/** 400 with per-field messages in Chinese; react-admin shows `errors` on the form. */
export class ValidationFailed extends HttpException {
  constructor(errors: FieldErrors, message = '提交的数据有误，请检查标红的字段') {
    super({ statusCode: HttpStatus.BAD_REQUEST, message, errors }, HttpStatus.BAD_REQUEST);
  }
}

export const invalid = (field: string, message: string): ValidationFailed => new ValidationFailed({ [field]: message });

export const notFound = (what = '记录'): NotFoundException =>
  new NotFoundException({ statusCode: 404, message: `${what}不存在` });

export const conflict = (message: string, errors?: FieldErrors): ConflictException =>
  new ConflictException({ statusCode: 409, message, ...(errors ? { errors } : {}) });

export const tooLarge = (message: string): HttpException =>
  new HttpException({ statusCode: HttpStatus.PAYLOAD_TOO_LARGE, message }, HttpStatus.PAYLOAD_TOO_LARGE);

export const tooManyRequests = (message: string): HttpException =>
  new HttpException({ statusCode: HttpStatus.TOO_MANY_REQUESTS, message }, HttpStatus.TOO_MANY_REQUESTS);

export const forbidden = (message = '无权执行此操作'): ForbiddenException =>
  new ForbiddenException({ statusCode: 403, message });
