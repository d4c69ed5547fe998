using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data;

public static class SignInSessionQueries
{
    /// <summary>
    /// Ends every open session of the account, but <paramref name="except"/>, in this context: they end when it saves,
    /// together with the change that ended them.
    /// </summary>
    public static async Task EndSessionsOfAsync(
        this FormulateDbContext context, Guid accountId, SessionEnd why, DateTimeOffset at, Guid? except = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var open = await context.SignInSessions
            .Where(s => s.UserAccountId == accountId && s.EndedAt == null && s.Id != except)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var session in open)
        {
            session.End(why, at);
        }
    }
}
