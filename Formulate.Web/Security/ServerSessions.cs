using System.Globalization;
using System.Security.Claims;
using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Security;

/// <summary>
/// Starts a server-side session for each sign-in, named in its cookie, and ends it, so that ending a session on the
/// server ends every copy of its cookie too.
/// </summary>
public sealed class ServerSessions(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider time)
{
    public static Guid? IdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(FormulateClaimTypes.SessionId), out var id) ? id : null;
    }

    /// <summary>Records a new session for <paramref name="identity"/>, and names it in the identity's claims.</summary>
    public async Task StartAsync(ClaimsIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var session = new SignInSession
        {
            UserAccountId = Guid.TryParse(identity.FindFirst(FormulateClaimTypes.UserId)?.Value, out var accountId) ? accountId : null,
            UserName = identity.Name ?? "",
            StartedAt = time.GetUtcNow(),
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.SignInSessions.Add(session);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Name(identity, session.Id);
        var forgotten = session.StartedAt - SignInSession.KeptFor;
        await context.SignInSessions.Where(s => s.StartedAt < forgotten).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Carries the session of <paramref name="from"/> over to a new identity for the same sign-in.</summary>
    public static void Continue(ClaimsIdentity identity, ClaimsPrincipal from)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (IdOf(from) is { } id)
        {
            Name(identity, id);
        }
    }

    /// <summary>Ends the session of <paramref name="user"/>, if it has one still open.</summary>
    public async Task EndAsync(ClaimsPrincipal user, SessionEnd why, CancellationToken cancellationToken = default)
    {
        if (IdOf(user) is not { } id)
        {
            return;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await context.SignInSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false) is { HasEnded: false } session)
        {
            session.End(why, time.GetUtcNow());
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Name(ClaimsIdentity identity, Guid id)
    {
        foreach (var old in identity.FindAll(FormulateClaimTypes.SessionId).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(FormulateClaimTypes.SessionId, id.ToString("D", CultureInfo.InvariantCulture)));
    }
}
