using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Formulate.Web.Security;

/// <summary>
/// When an open page last heard from its browser: a click, a key, a form filled in. Such a page sends no requests, so the
/// sign-in cookie's own timeout never sees the page left alone; <see cref="AccountRevalidation"/> applies it from here.
/// </summary>
internal sealed class CircuitActivity(TimeProvider time) : CircuitHandler
{
    private long _lastTicks = time.GetUtcNow().UtcTicks;

    public DateTimeOffset LastAt => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public bool IsIdle(DateTimeOffset now, int sessionTimeoutMinutes) => now - LastAt >= TimeSpan.FromMinutes(sessionTimeoutMinutes);

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            Interlocked.Exchange(ref _lastTicks, time.GetUtcNow().UtcTicks);
            return next(context);
        };
}
