using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security.Sso;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Sso;

/// <summary>The audit log's sign-in entries written while something is done.</summary>
internal static class SignInAudit
{
    public static async Task<(T Result, IReadOnlyList<AuditEntry> Entries)> WhileAsync<T>(FormulateWebFactory app, Func<Task<T>> action)
    {
        var before = (await ReadAsync(app)).Select(entry => entry.Id).ToHashSet();
        var result = await action();
        return (result, (await ReadAsync(app)).Where(entry => !before.Contains(entry.Id)).ToList());
    }

    public static async Task<UserAccount?> AccountAsync(FormulateWebFactory app, string externalId)
    {
        await using var context = await Factory(app).CreateDbContextAsync();
        return await context.UserAccounts.Include(a => a.Roles).AsNoTracking().SingleOrDefaultAsync(a => a.ExternalId == externalId);
    }

    public static async Task SetActiveAsync(FormulateWebFactory app, string externalId, bool active)
    {
        await using var context = await Factory(app).CreateDbContextAsync();
        var account = await context.UserAccounts.SingleAsync(a => a.ExternalId == externalId);
        account.IsActive = active;
        await context.SaveChangesAsync();
    }

    private static async Task<List<AuditEntry>> ReadAsync(FormulateWebFactory app)
    {
        await using var context = await Factory(app).CreateDbContextAsync();
        return await context.AuditEntries.AsNoTracking().Where(entry => entry.EntityType == SsoAccounts.AuditEntityType).ToListAsync();
    }

    private static IDbContextFactory<FormulateDbContext> Factory(FormulateWebFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
}
