import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ZodPipe } from '../common/validation.ts';
import { type AuthUser, CurrentUser, Public } from '../identity/current-user.ts';
import { CurrentToken } from './signed-in.ts';
import { changePasswordSchema, type ChangePasswordDto, loginSchema, type LoginDto } from './auth.dto.ts';
import { AuthService } from './auth.service.ts';
import type { TokenPayload } from './tokens.service.ts';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  login(@Body(new ZodPipe(loginSchema)) dto: LoginDto, @Ip() ip: string) {
    return this.auth.login(dto, ip);
  }

  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }

  /** Ends this session: the token is refused from now on. */
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser, @CurrentToken() token: TokenPayload): Promise<void> {
    await this.auth.logout(user, token);
  }

  @Post('password')
  @HttpCode(200)
  changePassword(@Body(new ZodPipe(changePasswordSchema)) dto: ChangePasswordDto, @CurrentUser() user: AuthUser) {
    return this.auth.changePassword(user, dto);
  }
}
