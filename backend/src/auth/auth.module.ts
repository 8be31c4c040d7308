import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module.ts';
import { AuthController } from './auth.controller.ts';
import { AuthGuard } from './auth.guard.ts';
import { AuthService } from './auth.service.ts';
import { LoginAttempts } from './login-attempts.ts';
import { LoginFailuresRepository } from './login-failures.repository.ts';
import { RevokedTokensRepository } from './revoked-tokens.repository.ts';
import { TokensService } from './tokens.service.ts';

@Module({
  imports: [UsersModule, JwtModule.register({})],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokensService,
    LoginAttempts,
    LoginFailuresRepository,
    RevokedTokensRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
