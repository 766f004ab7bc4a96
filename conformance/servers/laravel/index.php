<?php

// Laravel 8 (Debian's php-laravel-framework, no composer): a minimal application served by
// `php -S` with this file as its router. JSON answers to a client that accepts JSON: validation
// 422, 401, 403, 404, 419 (CSRF), 429 from the throttle middleware, and a thrown error.

require '/usr/share/php/Illuminate/autoload.php';

use Illuminate\Auth\Access\AuthorizationException;
use Illuminate\Auth\AuthenticationException;
use Illuminate\Config\Repository;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Middleware\VerifyCsrfToken;
use Illuminate\Http\Request;
use Illuminate\Routing\Middleware\ThrottleRequests;
use Illuminate\Session\Middleware\StartSession;

$state = getenv('LARAVEL_STATE_DIR') ?: sys_get_temp_dir() . '/errorkit-laravel';
@mkdir("$state/cache", 0777, true);
putenv("APP_PACKAGES_CACHE=$state/packages.php");
putenv("APP_SERVICES_CACHE=$state/services.php");

$app = new Application(__DIR__);
$app->useStoragePath($state);
$app->useLangPath(__DIR__ . '/lang');
$app->instance('config', new Repository([
    'app' => [
        'name' => 'errorkit',
        'env' => 'production',
        'debug' => false,
        'url' => 'http://127.0.0.1',
        'locale' => 'en',
        'fallback_locale' => 'en',
        'key' => 'base64:' . base64_encode(str_repeat('k', 32)),
        'cipher' => 'AES-256-CBC',
        'providers' => [
            Illuminate\Cache\CacheServiceProvider::class,
            Illuminate\Cookie\CookieServiceProvider::class,
            Illuminate\Encryption\EncryptionServiceProvider::class,
            Illuminate\Filesystem\FilesystemServiceProvider::class,
            Illuminate\Foundation\Providers\FoundationServiceProvider::class,
            Illuminate\Session\SessionServiceProvider::class,
            Illuminate\Translation\TranslationServiceProvider::class,
            Illuminate\Validation\ValidationServiceProvider::class,
            Illuminate\View\ViewServiceProvider::class,
        ],
        'aliases' => [],
    ],
    // The throttle middleware counts in files: every request is a fresh PHP process.
    'cache' => ['default' => 'file', 'stores' => ['file' => ['driver' => 'file', 'path' => "$state/cache"]]],
    'session' => [
        'driver' => 'array',
        'lifetime' => 120,
        'expire_on_close' => false,
        'encrypt' => false,
        'cookie' => 'errorkit_session',
        'path' => '/',
        'domain' => null,
        'secure' => false,
        'http_only' => true,
        'same_site' => 'lax',
        'lottery' => [2, 100],
    ],
    'view' => ['paths' => [], 'compiled' => $state],
    'logging' => [
        'default' => 'stderr',
        'channels' => ['stderr' => ['driver' => 'monolog', 'handler' => Monolog\Handler\StreamHandler::class, 'with' => ['stream' => 'php://stderr']]],
    ],
]));

$app->detectEnvironment(fn () => 'production');

class Kernel extends Illuminate\Foundation\Http\Kernel
{
    // Configuration is set above, not loaded from .env and config/.
    protected $bootstrappers = [
        Illuminate\Foundation\Bootstrap\HandleExceptions::class,
        Illuminate\Foundation\Bootstrap\RegisterFacades::class,
        Illuminate\Foundation\Bootstrap\RegisterProviders::class,
        Illuminate\Foundation\Bootstrap\BootProviders::class,
    ];
}

$app->singleton(Illuminate\Contracts\Http\Kernel::class, Kernel::class);
$app->singleton(Illuminate\Contracts\Debug\ExceptionHandler::class, Illuminate\Foundation\Exceptions\Handler::class);

$kernel = $app->make(Illuminate\Contracts\Http\Kernel::class);
$request = Request::capture();
$app->instance('request', $request);
$kernel->bootstrap();

$router = $app['router'];
$router->post('/orders', function (Request $request) {
    $request->validate([
        'email' => 'required|email',
        'address.city' => 'required',
        'items.*.qty' => 'required|integer|min:1',
    ]);
    return response()->noContent(201);
});
$router->get('/me', function () {
    throw new AuthenticationException();
});
$router->get('/admin', function () {
    throw new AuthorizationException();
});
$router->get('/crash', function () {
    throw new RuntimeException('boom');
});
$router->post('/profile', function () {
    return response()->noContent();
})->middleware([StartSession::class, VerifyCsrfToken::class]);
$router->get('/limited', function () {
    return [];
})->middleware(ThrottleRequests::class . ':1,1');

$response = $kernel->handle($request);
$response->send();
$kernel->terminate($request, $response);
