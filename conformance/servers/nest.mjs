// NestJS with class-validator through ValidationPipe, @nestjs/throttler, built-in exceptions.
// Plain JavaScript: decorators are applied as TypeScript would emit them.
import 'reflect-metadata';
import {
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  Get,
  Module,
  Post,
  UnauthorizedException,
  ValidationPipe,
} from '@nestjs/common';
import { APP_GUARD, APP_PIPE, NestFactory } from '@nestjs/core';
import { Throttle, ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsNotEmpty, Min, ValidateNested } from 'class-validator';
import { ready, versions } from './ready.mjs';

const decorate = (decorators, target, key) => {
  const descriptor = key && Object.getOwnPropertyDescriptor(target, key);
  Reflect.decorate(decorators, target, key, descriptor);
};

class Address {}
decorate([IsNotEmpty()], Address.prototype, 'city');

class Item {}
decorate([IsInt(), Min(1)], Item.prototype, 'qty');

class CreateOrder {}
decorate([IsEmail()], CreateOrder.prototype, 'email');
decorate([ValidateNested(), Type(() => Address)], CreateOrder.prototype, 'address');
decorate([ValidateNested({ each: true }), Type(() => Item)], CreateOrder.prototype, 'items');

class Orders {
  create() {}
  me() {
    throw new UnauthorizedException();
  }
  search() {
    return [];
  }
  register() {
    throw new ConflictException('This email address is already registered.');
  }
  admin() {
    throw new ForbiddenException();
  }
}
Reflect.defineMetadata('design:paramtypes', [CreateOrder], Orders.prototype, 'create');
Body()(Orders.prototype, 'create', 0);
decorate([Post('orders')], Orders.prototype, 'create');
decorate([Get('me')], Orders.prototype, 'me');
decorate([Post('register')], Orders.prototype, 'register');
decorate([Get('admin')], Orders.prototype, 'admin');
decorate(
  [Get('search'), Throttle({ default: { limit: 1, ttl: 60_000 } })],
  Orders.prototype,
  'search',
);
Controller()(Orders);

class App {}
Module({
  imports: [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 100 }])],
  controllers: [Orders],
  providers: [
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_PIPE, useValue: new ValidationPipe() },
  ],
})(App);

const app = await NestFactory.create(App, { logger: false });
await app.listen(0, '127.0.0.1');
ready(
  app.getHttpServer().address().port,
  versions('@nestjs/core', 'class-validator', '@nestjs/throttler'),
);
