using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Support;

/// <summary>Reads and changes an app's demo records directly, as another part of the council would.</summary>
public static class DemoRecords
{
    public static async Task ChangeAccountAsync(IServiceProvider services, string userName, Action<UserAccount> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var context = await ContextAsync(services);
        var account = await context.UserAccounts.Include(a => a.Roles).SingleAsync(a => a.UserName == userName);
        change(account);
        await context.SaveChangesAsync();
    }

    public static async Task<Guid> PersonIdAsync(IServiceProvider services, string caseReference)
    {
        await using var context = await ContextAsync(services);
        return await context.PeopleWithCaseReference(caseReference).Select(person => person.Id).SingleAsync();
    }

    public static Task<FormulateDbContext> ContextAsync(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
}
